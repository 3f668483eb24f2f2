/** Published forms of corpus part C (ids C1, C2 …), each with its address. */
import type { Source } from './pair';

export const SOURCES_C: readonly Source[] = [
  {
    id: 'C1',
    title:
      '随州市急救中心 2021年卫生健康人才培养培训一次性开办费 财政预算支出项目绩效目标自评表（2022年度执行，湖北随州；二级指标带分值“数量指标15分”）',
    url: 'https://yzwku.com/doc/566631.html',
  },
  {
    id: 'C2',
    title:
      '临沧市临翔区林业和草原局 2023年马鹿坑国有林场新建野生动物收容所建设项目 项目支出绩效自评表（2023年度，云南临沧）',
    url: 'https://www.ynlx.gov.cn/info/2431/148733.htm',
  },
  {
    id: 'C3',
    title:
      '保山市退役军人事务局 春节走访慰问经费 2022年度项目支出绩效自评表（云南保山；无“分值”列，一级指标带分值“产出指标(60分)”）',
    url: 'https://alkalih2o.com/info/7798/9446904.htm',
  },
];
