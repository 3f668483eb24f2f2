/** Published forms of corpus part D (ids D1, D2 …), each with its address. */
import type { Source } from './pair';

export const SOURCES_D: readonly Source[] = [
  {
    id: 'D1',
    title: '永州市零陵区林业局 2021年林业局部门整体支出绩效自评表（2021年度，湖南永州）',
    url: 'http://admin.yzcity.gov.cn:8888/llqlinyj/gknb/202204/cd04d310d5364b2f9983a7843fb6a17d.shtml',
  },
];
