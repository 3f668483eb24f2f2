/**
 * The published forms the corpus pairs come from, each with its address. Pairs from the spec or the
 * issue cite `S§<section>` (../shared/spec/SCORING.md) or `I8` (issue #8 "What goes wrong today")
 * instead, and are not counted as published pairs.
 */
import type { Source } from './pair';
import { SOURCES_A } from './sourcesA';
import { SOURCES_B } from './sourcesB';
import { SOURCES_C } from './sourcesC';
import { SOURCES_D } from './sourcesD';

export const SOURCES_SPEC: readonly Source[] = [
  {
    id: 'P1',
    title: '池州市贵池区棠溪镇人民政府《项目支出绩效自评表（2022年度）》委托业务项目（安徽）',
    url: 'http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2',
  },
  {
    id: 'P2',
    title: '铁路沿线环境及安全整治项目支出绩效自评表（符号 | 数值 | 单位 分列）',
    url: 'https://dyrmt.com/article-133731-63.html',
  },
  {
    id: 'P3',
    title: '项目支出绩效自评表（仅年度指标值）',
    url: 'https://dyrmt.com/article-132779-22.html',
  },
];

export const SOURCES: readonly Source[] = [
  ...SOURCES_SPEC,
  ...SOURCES_A,
  ...SOURCES_B,
  ...SOURCES_C,
  ...SOURCES_D,
];
