/**
 * The words of the pane's frame: its title and start-up, the forms found, the rule picker, the
 * 一键评分 and 仅核查 buttons and the progress of a run.
 *
 * Kept apart by area so that each part of the pane has its Chinese and English side by
 * side in one short file; i18n.ts puts the areas together into `Messages`, and the components
 * import only that.
 */

/** The labels of the pane's frame; a function where a label quotes a value. */
export interface FrameMessages {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly starting: string;
  /** Title of the message shown when the pane could not start (a chunk failed to load). */
  readonly bootFailed: string;
  readonly workbook: string;
  readonly formsFound: string;
  readonly kind: { readonly department: string; readonly project: string };
  readonly indicatorCount: (n: number) => string;
  readonly profile: string;
  readonly profileNames: Readonly<Record<string, string>>;
  readonly profileFromRecord: string;
  /** The button that loads a profile from a JSON file, and the hover text of a profile. */
  readonly profileFromFile: string;
  readonly profileSource: (source: string) => string;
  readonly score: string;
  readonly check: string;
  readonly checkHint: string;
  readonly steps: {
    readonly reading: string;
    readonly scoring: string;
    readonly writing: string;
    readonly checking: string;
    readonly done: string;
  };
  readonly progressLabel: string;
  /** 阶段 n/N：解析 / 评分 / 写回 (核查 for 仅核查, which never writes). */
  readonly stage: (n: number, total: number, name: string) => string;
  readonly stageNames: {
    readonly read: string;
    readonly score: string;
    readonly check: string;
    readonly write: string;
  };
  /** The button that stops a run before it writes, its accessible names by mode, and its hint. */
  readonly cancelRun: string;
  readonly cancelRunLabel: { readonly score: string; readonly check: string };
  readonly ruleChanged: (name: string) => string;
}

/** The labels of the pane's frame, in Chinese. */
export const zhFrame: FrameMessages = {
  appTitle: '绩效自评助手',
  appSubtitle: '按财政部规则为绩效自评表评分',
  starting: '正在启动…',
  bootFailed: '加载项未能启动',
  workbook: '工作簿',
  formsFound: '本工作簿中的自评表',
  kind: { department: '部门整体', project: '项目' },
  indicatorCount: (n) => `${n} 项指标`,
  profile: '评分规则',
  profileNames: {
    mof2020: '财预〔2020〕10号（默认）',
    mof2021: '财预〔2021〕101号 取值指引',
  },
  profileFromRecord: '沿用上次评分所用的规则',
  profileFromFile: '从文件加载评分规则…',
  profileSource: (source) => `依据：${source}`,
  score: '一键评分',
  check: '仅核查',
  checkHint: '仅核查：比较表中得分与计算结果，不写入任何单元格。',
  steps: {
    reading: '正在读取工作簿…',
    scoring: '正在计算得分…',
    writing: '正在写入得分…',
    checking: '正在核对得分…',
    done: '完成',
  },
  progressLabel: '进度',
  stage: (n, total, name) => `阶段 ${n}/${total}：${name}`,
  stageNames: { read: '解析', score: '评分', check: '核查', write: '写回' },
  cancelRun: '取消',
  cancelRunLabel: { score: '取消评分', check: '取消核查' },
  ruleChanged: (name) => `规则已改为“${name}”，请重新评分。`,
};

/** The labels of the pane's frame, in English. */
export const enFrame: FrameMessages = {
  appTitle: 'Self-Evaluation Assistant',
  appSubtitle: 'Scores performance self-evaluation forms by the MOF rules',
  starting: 'Starting…',
  bootFailed: 'The add-in could not start',
  workbook: 'Workbook',
  formsFound: 'Forms in this workbook',
  kind: { department: 'Department', project: 'Project' },
  indicatorCount: (n) => `${n} indicator${n === 1 ? '' : 's'}`,
  profile: 'Scoring rules',
  profileNames: {
    mof2020: 'MOF 2020 No. 10 (default)',
    mof2021: 'MOF 2021 No. 101 guide',
  },
  profileFromRecord: 'Same rules as the last scoring',
  profileFromFile: 'Load scoring rules from a file…',
  profileSource: (source) => `Source: ${source}`,
  score: 'Score all',
  check: 'Check only',
  checkHint:
    'Check only compares the scores in the sheet with the computed ones and writes nothing.',
  steps: {
    reading: 'Reading the workbook…',
    scoring: 'Computing scores…',
    writing: 'Writing scores…',
    checking: 'Checking scores…',
    done: 'Done',
  },
  progressLabel: 'Progress',
  stage: (n, total, name) => `Stage ${n} of ${total}: ${name}`,
  stageNames: { read: 'reading', score: 'scoring', check: 'checking', write: 'writing' },
  cancelRun: 'Cancel',
  cancelRunLabel: { score: 'Cancel scoring', check: 'Cancel checking' },
  ruleChanged: (name) => `The rules are now “${name}”. Score again.`,
};
