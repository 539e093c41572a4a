/**
 * The departments of 睢县 (region 411422): the 27 members of the joint conference as listed in the county's
 * 2020 implementation opinion (seeds/2020-suixian-implementation-opinion.txt, line 77), in that order, plus
 * two non-member offices that still inspect. Codes are short pinyin initials of the bureau's name, stable
 * across years because every other file refers to them:
 *
 *   SCJGJ 县市场监督管理局        FGW   县发改委                  JTJ   县教育体育局
 *   GAJ   县公安局                RSJ   县人力资源和社会保障局    STHJJ 县生态环境局
 *   ZJJ   县住房和城乡建设局      JTYSJ 县交通运输局              NYNCJ 县农业农村局
 *   SWUJ  县商务局                WGLJ  县文化广电旅游局          WJW   县卫生健康委
 *   YJGLJ 县应急管理局            SWJ   县税务局                  TJJ   县统计局
 *   GXKJJ 县工业和信息化和科学技术局                              MZW   县民族宗教事务委员会
 *   SFJ   县司法局                CZJ   县财政局                  ZRZYJ 县自然资源局
 *   SLJ   县水利局                RFB   县人防办                  JRJ   县金融工作局
 *   ZWFWJ 县政务服务和大数据管理局 CGJ  县城市管理局              YYJ   县盐业执法监督局
 *   YCJ   县烟草专卖局            XFJYDD 县消防救援大队 (not a member)  CGZZF 城关镇人民政府 (not a member)
 *
 * The seed spells 县政务服务和大数数据管理局, an evident typing error; the bureau's real name is used here.
 */

/** How a department falls short, so that the demo shows what the office chases every month. */
export interface Lag {
  /** Annual plan entered in April–May instead of by 31 March. */
  latePlan?: boolean;
  /** Results published late (over 20 working days) or not at all. */
  latePublication?: boolean;
  /** Tasks often not finished by their deadline. */
  overdue?: boolean;
}

export interface DepartmentSpec {
  code: string;
  name: string;
  isMember: boolean;
  /** 持证执法人员数 as the department reports it. */
  certified: number;
  /** Tasks initiated in a full year; 0 means the department plans but never inspects. */
  tasksPerYear: number;
  /** Share of its tasks run jointly with other departments. */
  jointShare: number;
  /** Share of its tasks on market entities drawn by credit class. */
  tieredShare: number;
  /** Usual inspection methods and their weights. */
  methods: readonly (readonly [string, number])[];
  specialties: readonly string[];
  lag: Lag;
}

const FIELD: DepartmentSpec['methods'] = [['实地检查', 8], ['书面检查', 1]];
const PAPER: DepartmentSpec['methods'] = [['书面检查', 6], ['实地检查', 3], ['网络监测', 1]];

function dept(
  code: string, name: string, certified: number, tasksPerYear: number, specialties: string[],
  extra: Partial<Pick<DepartmentSpec, 'jointShare' | 'tieredShare' | 'methods' | 'lag' | 'isMember'>> = {},
): DepartmentSpec {
  return {
    code, name, certified, tasksPerYear, specialties,
    isMember: extra.isMember ?? true,
    jointShare: extra.jointShare ?? 0.3,
    tieredShare: extra.tieredShare ?? 0.92,
    methods: extra.methods ?? FIELD,
    lag: extra.lag ?? {},
  };
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  dept('SCJGJ', '县市场监督管理局', 80, 76, ['食品安全', '特种设备', '药品医疗器械', '计量', '广告监管', '网络交易', '产品质量', '登记注册', '知识产权'], {
    jointShare: 0.45, tieredShare: 0.96,
    methods: [['实地检查', 7], ['书面检查', 1], ['网络监测', 1], ['检验检测', 1]],
  }),
  dept('FGW', '县发改委', 6, 5, ['投资项目管理', '节能审查', '粮食流通'], { methods: PAPER }),
  dept('JTJ', '县教育体育局', 12, 10, ['校外培训监管', '学校安全'], { tieredShare: 0.2, lag: { latePlan: true } }),
  dept('GAJ', '县公安局', 40, 14, ['治安管理', '特种行业管理', '危险物品管理']),
  dept('RSJ', '县人力资源和社会保障局', 10, 10, ['劳动保障监察', '工资支付'], { methods: PAPER }),
  dept('STHJJ', '县生态环境局', 24, 28, ['环境监测', '排污许可', '固体废物', '建设项目环评'], {
    methods: [['实地检查', 7], ['检验检测', 2], ['委托专业机构', 1]],
  }),
  dept('ZJJ', '县住房和城乡建设局', 22, 22, ['建筑施工安全', '工程质量', '房地产市场'], { jointShare: 0.35 }),
  dept('JTYSJ', '县交通运输局', 30, 22, ['道路运输', '机动车维修', '公路路政']),
  dept('NYNCJ', '县农业农村局', 26, 22, ['农资监管', '动物防疫', '农产品质量安全', '畜禽屠宰']),
  dept('SWUJ', '县商务局', 8, 8, ['成品油流通', '再生资源回收', '单用途预付卡']),
  dept('WGLJ', '县文化广电旅游局', 12, 10, ['文化市场', '旅游市场', '广播电视']),
  dept('WJW', '县卫生健康委', 28, 24, ['公共场所卫生', '医疗机构监管', '生活饮用水卫生', '学校卫生']),
  dept('YJGLJ', '县应急管理局', 18, 22, ['安全生产', '危险化学品', '工贸行业安全']),
  dept('SWJ', '县税务局', 45, 25, ['税收征管', '发票管理', '纳税评估'], { methods: [['书面检查', 6], ['实地检查', 4]], jointShare: 0.15 }),
  dept('TJJ', '县统计局', 5, 8, ['统计执法'], { methods: PAPER, jointShare: 0.15 }),
  dept('GXKJJ', '县工业和信息化和科学技术局', 7, 6, ['工业节能', '科技项目管理']),
  dept('MZW', '县民族宗教事务委员会', 3, 0, ['清真食品管理', '宗教事务']),
  dept('SFJ', '县司法局', 6, 5, ['法律服务监管', '司法鉴定管理'], { methods: PAPER, tieredShare: 0.5 }),
  dept('CZJ', '县财政局', 5, 5, ['会计监督', '代理记账管理'], { methods: PAPER }),
  dept('ZRZYJ', '县自然资源局', 20, 10, ['土地执法', '矿产资源', '测绘地理信息'], {
    lag: { latePlan: true, latePublication: true },
  }),
  dept('SLJ', '县水利局', 10, 7, ['水资源管理', '河道管理', '水利工程质量'], { tieredShare: 0.3, lag: { latePlan: true } }),
  dept('RFB', '县人防办', 4, 3, ['人防工程监管'], { tieredShare: 0.3 }),
  dept('JRJ', '县金融工作局', 3, 0, ['地方金融监管']),
  dept('ZWFWJ', '县政务服务和大数据管理局', 4, 3, ['公共资源交易监管'], { methods: PAPER }),
  dept('CGJ', '县城市管理局', 35, 14, ['市容管理', '燃气管理', '城市管理综合执法'], { lag: { overdue: true, latePlan: true } }),
  dept('YYJ', '县盐业执法监督局', 4, 7, ['盐业执法']),
  dept('YCJ', '县烟草专卖局', 12, 10, ['烟草专卖执法']),
  dept('XFJYDD', '县消防救援大队', 8, 3, ['消防监督检查'], { isMember: false, jointShare: 0.2, tieredShare: 0.5 }),
  dept('CGZZF', '城关镇人民政府', 6, 2, ['综合行政执法'], { isMember: false, jointShare: 0, tieredShare: 0.3 }),
];

export const DEPARTMENT_BY_CODE: ReadonlyMap<string, DepartmentSpec> = new Map(DEPARTMENTS.map((d) => [d.code, d]));

/** Department number inside the inspector certificate number (41142201001 = county, department 01, person 001). */
export function departmentNumber(code: string): string {
  return String(DEPARTMENTS.findIndex((d) => d.code === code) + 1).padStart(2, '0');
}
