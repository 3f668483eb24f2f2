/**
 * The words of the indicator table (指标得分明细) and of the form in which a person decides a
 * judgement case.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** Labels of the indicator table and judgement form; a function where one quotes a value. */
export interface IndicatorMessages {
  readonly table: {
    readonly title: string;
    readonly indicator: string;
    readonly weight: string;
    readonly score: string;
    readonly lost: string;
    readonly lostFirst: string;
    readonly subtotal: string;
    readonly budget: string;
    readonly lostSummary: (n: number, points: string) => string;
    readonly noneLost: string;
    readonly basis: string;
    readonly target: string;
    readonly actual: string;
    readonly expand: (name: string) => string;
    readonly goToScore: (name: string, cell: string) => string;
    readonly selectScore: string;
    readonly lostMark: string;
    readonly openCase: string;
    readonly decidedCase: (band: string) => string;
    readonly keptManual: string;
    readonly openSummary: (n: number) => string;
  };
  readonly decide: {
    readonly legend: string;
    readonly bandOption: (band: string, label: string, range: string) => string;
    readonly scoreLabel: string;
    readonly scoreHint: (range: string) => string;
    readonly confirm: string;
    readonly writing: string;
    readonly written: (
      name: string,
      band: string,
      score: string,
      cell: string,
      old: string,
    ) => string;
    /** Browser mode: the score is in the page's copy until the person downloads it. */
    readonly writtenFile: (
      name: string,
      band: string,
      score: string,
      cell: string,
      old: string,
    ) => string;
  };
}

/** The labels of the indicator table and judgement form, in Chinese. */
export const zhIndicators: IndicatorMessages = {
  table: {
    title: '指标得分明细',
    indicator: '指标',
    weight: '分值',
    score: '得分',
    lost: '扣分',
    lostFirst: '失分项在前',
    subtotal: '小计',
    budget: '预算执行率',
    lostSummary: (n, points) => `${n} 项指标失分，共扣 ${points} 分`,
    noneLost: '各项指标均得满分。',
    basis: '评分依据',
    target: '年度指标值',
    actual: '实际完成值',
    expand: (name) => `${name} 的评分依据`,
    goToScore: (name, cell) => `选中“${name}”的得分单元格 ${cell}`,
    selectScore: '选中得分单元格',
    lostMark: '失分',
    openCase: '待判定',
    decidedCase: (band) => `已人工判定 ${band}档`,
    keptManual: '保留人工得分',
    openSummary: (n) => `${n} 项指标需要人工判定：展开该行，选择档次并填写得分。`,
  },
  decide: {
    legend: '人工判定档次',
    bandOption: (band, label, range) => `${band}档 ${label}（${range}）`,
    scoreLabel: '得分',
    scoreHint: (range) => `应在 ${range} 之间`,
    confirm: '确认并写入得分',
    writing: '正在写入…',
    written: (name, band, score, cell, old) =>
      `已将“${name}”判定为${band}档，得分 ${score} 分写入 ${cell}（原值 ${old}，已记入“评分记录”）。下次一键评分将保留此得分。`,
    writtenFile: (name, band, score, cell, old) =>
      `已将“${name}”判定为${band}档，${cell} 得分 ${score} 分（原值 ${old}，记入“评分记录”）。下载评分后的工作簿即可保存。`,
  },
};

/** The labels of the indicator table and judgement form, in English. */
export const enIndicators: IndicatorMessages = {
  table: {
    title: 'Indicator scores',
    indicator: 'Indicator',
    weight: 'Points',
    score: 'Score',
    lost: 'Lost',
    lostFirst: 'Lost points first',
    subtotal: 'Subtotal',
    budget: 'Budget execution',
    lostSummary: (n, points) => `${n} indicator${n === 1 ? '' : 's'} lost ${points} points`,
    noneLost: 'Every indicator has its full score.',
    basis: 'Basis',
    target: 'Target',
    actual: 'Actual',
    expand: (name) => `Basis of ${name}`,
    goToScore: (name, cell) => `Select the score cell ${cell} of ${name}`,
    selectScore: 'Select score cell',
    lostMark: 'Lost',
    openCase: 'To decide',
    decidedCase: (band) => `Decided: band ${band}`,
    keptManual: 'Manual score kept',
    openSummary: (n) =>
      `${n} indicator${n === 1 ? '' : 's'} need your judgement: expand the row, choose a band and enter the score.`,
  },
  decide: {
    legend: 'Band',
    bandOption: (band, label, range) => `${band} ${label} (${range})`,
    scoreLabel: 'Score',
    scoreHint: (range) => `Between ${range}`,
    confirm: 'Confirm and write the score',
    writing: 'Writing…',
    written: (name, band, score, cell, old) =>
      `${name}: band ${band}, score ${score} written to ${cell} (was ${old}, kept in 评分记录). The next Score all keeps it.`,
    writtenFile: (name, band, score, cell, old) =>
      `${name}: band ${band}, score ${score} in ${cell} (was ${old}, kept in 评分记录). Download the scored workbook to keep it.`,
  },
};
