/** Published forms of corpus part B (ids B1, B2 …), each with its address. */
import type { Source } from './pair';

export const SOURCES_B: readonly Source[] = [
  {
    id: 'B1',
    title: '宣城市公安局《项目支出绩效自评表（2021年度）》禁毒经费（安徽）',
    url: 'https://gaj.xuancheng.gov.cn/OpennessContent/show/2572090.html',
  },
  {
    id: 'B2',
    title:
      '济南市历城区文化馆《区级部门预算项目支出绩效自评表（2019年度）》商品和服务支出（文化馆免费开放，山东）',
    url: 'http://jnslcqwhg.cn/newsinf_id_308.html',
  },
  {
    id: 'B3',
    title: '新洲区楚剧团《项目支出绩效自评表（2020年度）》演出设备更新专项经费（武汉，湖北）',
    url: 'https://m.taowenge.com/p-96795578.html',
  },
  {
    id: 'B4',
    title:
      '上海市普陀区体育事业管理中心《财政项目支出绩效自评表（2022年度）》普陀体育中心与委托运营方结算费用（上海）',
    url: 'https://pdf.chddh.cn/archives/48n5zg2zkkjxn27q6rjv.html',
  },
  {
    id: 'B5',
    title:
      '西部（重庆）科学城融媒体中心《部门整体绩效自评表》（2021年，指标名称列表，无一级/二级，重庆）',
    url: 'https://m.yzwku.com/doc/98587.html',
  },
  {
    id: 'B6',
    title: '乐亭县市场监督管理局《项目支出绩效自评表（2021年度）》商品质量检测经费（唐山，河北）',
    url: 'https://m.taodocs.com/p-726199079.html',
  },
  {
    id: 'B7',
    title:
      '丽江市古城区自然资源局《2020年度项目支出绩效自评表》2020年省级自然资源卫片执法补助经费（指标性质／指标值／度量单位 分列，云南；页面为繁体转写）',
    url: 'http://m.jjiadianqingjie.com.cn/changyong/13241.html',
  },
  {
    id: 'B8',
    title:
      '巴彦淖尔市自然资源局甘其毛都口岸分局《项目支出绩效自评表（2024年度）》自然资源业务支出项目（指标性质／指标方向／年度指标值／实际完成值／计量单位，内蒙古）',
    url: 'http://zrzy.bynr.gov.cn/zwgk/czyjs/202509/t20250924_714315.html',
  },
  {
    id: 'B9',
    title: '宣城市地震局《防震减灾项目支出绩效自评表（2021年度）》防震减灾综合保障（安徽）',
    url: 'https://www.xuancheng.gov.cn/OpennessContent/show/2594005.html',
  },
  {
    id: 'B10',
    title:
      '廊坊市食品工程学校《项目支出绩效自评表（2019年度）》办公宿舍楼、食堂及餐厅暖通改造经费（河北）',
    url: 'http://www.lfsp.cn/newsinfo/1158053.html',
  },
];
