/** Published forms of corpus part A (ids A1, A2 …), each with its address. */
import type { Source } from './pair';

export const SOURCES_A: readonly Source[] = [
  {
    id: 'A1',
    title: '濉溪县民政局 临时救助 绩效目标自评表（2019年度，安徽）',
    url: 'https://www.sxx.gov.cn/zwgk/public/811/56426371.html',
  },
  {
    id: 'A2',
    title:
      '永德县明朗中学 义务教育营养改善计划专项资金 2022年度项目支出绩效自评表（云南临沧，指标性质 | 指标值 | 度量单位 分列）',
    url: 'https://www.yongde.gov.cn/info/3003/116104.htm',
  },
  {
    id: 'A3',
    title: '稷山县翟店镇卫生院 国家基本公共卫生服务 项目支出绩效自评表（2021年度，山西）',
    url: 'https://keke.chddh.cn/archives/p4q58rogpx4emom7ewb9.html',
  },
  {
    id: 'A4',
    title: '稷山县医疗保障局 建档立卡个人缴费县级配套资金 项目支出绩效自评表（2020年度，山西）',
    url: 'https://keke.chddh.cn/archives/bqg98jldqdz7y2xm7pe6.html',
  },
  {
    id: 'A5',
    title:
      '中江县水利局 小型水库水标尺制作安装项目 绩效目标自评表（2022年度，四川德阳，财政衔接资金）',
    url: 'https://chacewang.com/newsdetail/news242266.html',
  },
  {
    id: 'A6',
    title: '萧县张庄寨镇人民政府 河西村特色种养补贴到户项目 绩效目标自评表（2023年度，安徽宿州）',
    url: 'https://www.ahxx.gov.cn/grassroots/279/158998981.html',
  },
  {
    id: 'A7',
    title: '金寨县茶谷和美丽乡村建设服务中心 部门整体支出绩效自评表（2023年度，安徽六安）',
    url: 'https://www.ahjinzhai.gov.cn/public/6624963/37545031.html',
  },
  {
    id: 'A8',
    title: '池州市贵池区棠溪镇人民政府 村级补助及运转经费 项目支出绩效自评表（2022年度，安徽）',
    url: 'http://www.anthempetcare.com/upload_cz/download?id=502367&siteId=2',
  },
  {
    id: 'A9',
    title:
      '南华县国有资本管理有限公司 南华县乡村振兴示范园罗家屯社区野生菌加工车间建设项目（续建）项目支出绩效自评表（云南楚雄，主管部门 南华县农业农村局）',
    url: 'https://www.ynnh.gov.cn/info/17693/347777.htm',
  },
  {
    id: 'A10',
    title:
      '大英县 部门预算项目支出绩效自评表（2023年度，四川遂宁；页首一表，项目名称在前页，指标性质 | 指标值 | 度量单位 分列）',
    url: 'https://dyxrmt.cn/article-157795-21.html',
  },
  {
    id: 'A11',
    title: '鄂州市财政局 购买第三方服务 项目支出绩效自评表（2019年度，湖北）',
    url: 'https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html',
  },
  {
    id: 'A12',
    title: '鄂州市财政局 财政政务管理 项目支出绩效自评表（2019年度，湖北；与 A11 同页）',
    url: 'https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html',
  },
  {
    id: 'A13',
    title:
      '原州区农技中心 马铃薯原种繁育示范推广项目 绩效目标自评表（2022年度，宁夏固原；页面文字识别有误的行未取）',
    url: 'https://www.bigxun.com/view/1651813082920488962',
  },
  {
    id: 'A14',
    title:
      '成安县民政局 19名百岁老人高龄津贴 2020年度预算项目绩效自评表（河北邯郸；符号 | 数值 | 单位 分列，权重占比作分值）',
    url: 'http://cycms.chengan.gov.cn/zfxxgk/bmView.jsp?id=15437&websiteid=905&xxfl=0404',
  },
  {
    id: 'A15',
    title:
      '银川市第六中学 初中公用经费 银川市本级部门项目支出绩效自评表（2021年，宁夏；页面文字识别有误的行未取）',
    url: 'https://m.yzwku.com/doc/476505.html',
  },
  {
    id: 'A16',
    title: '鄂州市行政审批局 市民中心运行维护费 项目支出绩效自评表（2021年度，湖北）',
    url: 'https://zwfwzx.ezhou.gov.cn/zwgk/fdzdgknr/sgjfxx/202211/t20221108_506320.html',
  },
  {
    id: 'A17',
    title:
      '广水市交通运输局 乡村道路建设养护项目 广水市财政预算支出项目绩效目标自评表（2021年度，湖北随州）',
    url: 'https://pdf.wenkuvip.com/archives/bqg98jldqkx8g2xm7pe6.html',
  },
];
