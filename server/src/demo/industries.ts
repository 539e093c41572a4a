/**
 * Industries of the county's market entities (GB/T 4754-2017 classes, or a section letter where a class would
 * be guesswork), how common each is per subject type, the name endings offices see on licences, and which
 * departments keep such entities in their registries. 睢县 is known for shoe making, hence the weight of C19.
 */
export interface Industry {
  code: string;
  /** Relative frequency among 企业 / 个体工商户 / 农民专业合作社. */
  weights: readonly [number, number, number];
  /** Name endings for 企业, 个体工商户 and 合作社 (empty where the type does not occur). */
  endings: readonly [readonly string[], readonly string[], readonly string[]];
  /** Registries (department codes) that hold such entities besides the market regulator. */
  departments: readonly string[];
}

function ind(code: string, weights: Industry['weights'], endings: Industry['endings'], departments: string): Industry {
  return { code, weights, endings, departments: departments.split(' ').filter(Boolean) };
}

const NONE: readonly string[] = [];

export const INDUSTRIES: readonly Industry[] = [
  ind('F5212', [40, 40, 0], [['商贸有限公司', '超市有限公司'], ['超市', '购物广场'], NONE], 'SWJ YCJ YYJ SWUJ TJJ'),
  ind('F5213', [5, 70, 0], [['便利店有限公司'], ['便利店', '日用百货店'], NONE], 'YCJ YYJ SWJ CGZZF'),
  ind('F5221', [5, 25, 0], [['粮油有限公司'], ['粮油店'], NONE], 'SWJ'),
  ind('F5224', [3, 30, 0], [['食品有限公司'], ['鲜肉店', '禽蛋店'], NONE], 'NYNCJ'),
  ind('F5227', [0, 30, 0], [NONE, ['烟酒店', '烟酒商行'], NONE], 'YCJ SWJ'),
  ind('F5232', [10, 40, 0], [['服饰有限公司'], ['服装店', '童装店'], NONE], 'SWJ'),
  ind('F5251', [20, 20, 0], [['大药房有限公司', '医药有限公司'], ['药店', '大药房'], NONE], 'WJW SWJ'),
  ind('F5265', [10, 0, 0], [['石油销售有限公司', '加油站有限公司'], NONE, NONE], 'YJGLJ STHJJ SWUJ XFJYDD'),
  ind('F5274', [8, 25, 0], [['通讯器材有限公司'], ['手机店', '通讯器材店'], NONE], 'SWJ'),
  ind('F5281', [8, 25, 0], [['五金机电有限公司'], ['五金店', '五金水暖门市'], NONE], 'SWJ'),
  ind('F5121', [25, 5, 0], [['粮油贸易有限公司', '粮食购销有限公司'], ['粮油批发部'], NONE], 'FGW SWJ TJJ'),
  ind('F5165', [25, 10, 0], [['建材有限公司', '新型建材有限公司'], ['建材门市'], NONE], 'ZJJ SWJ'),
  ind('F5167', [10, 15, 5], [['农资有限公司'], ['农资门市', '种子化肥门市'], ['农资专业合作社']], 'NYNCJ'),
  ind('F5191', [5, 10, 0], [['再生资源回收有限公司'], ['废品收购站'], NONE], 'SWUJ GAJ STHJJ'),
  ind('H6210', [25, 60, 0], [['餐饮管理有限公司', '餐饮服务有限公司'], ['饭店', '烩面馆', '酒家'], NONE], 'CGJ XFJYDD STHJJ SWJ CGZZF MZW'),
  ind('H6220', [5, 40, 0], [['餐饮有限公司'], ['快餐店', '面馆'], NONE], 'CGJ CGZZF'),
  ind('H6291', [0, 40, 0], [NONE, ['小吃店', '胡辣汤馆', '包子铺'], NONE], 'CGJ CGZZF MZW'),
  ind('H6110', [10, 5, 0], [['酒店管理有限公司', '宾馆有限公司'], ['宾馆', '旅社'], NONE], 'WJW GAJ XFJYDD WGLJ SWJ'),
  ind('C1312', [20, 0, 2], [['面业有限公司', '粮食加工有限公司'], NONE, ['粮食加工专业合作社']], 'STHJJ YJGLJ GXKJJ FGW TJJ'),
  ind('C1431', [20, 5, 0], [['食品有限公司'], ['食品加工坊'], NONE], 'STHJJ GXKJJ YYJ'),
  ind('C1351', [6, 0, 0], [['肉类加工有限公司', '食品有限公司'], NONE, NONE], 'NYNCJ STHJJ MZW'),
  ind('C1952', [90, 5, 0], [['鞋业有限公司', '制鞋有限公司'], ['鞋业加工厂'], NONE], 'STHJJ YJGLJ RSJ GXKJJ TJJ SWJ XFJYDD'),
  ind('C1959', [60, 5, 0], [['鞋业有限公司', '鞋材有限公司'], ['鞋材加工厂'], NONE], 'STHJJ YJGLJ RSJ GXKJJ SWJ'),
  ind('C2110', [20, 5, 0], [['家具有限公司'], ['家具加工厂'], NONE], 'STHJJ YJGLJ XFJYDD'),
  ind('C2641', [5, 0, 0], [['化工有限公司', '涂料有限公司'], NONE, NONE], 'YJGLJ STHJJ GXKJJ'),
  ind('C3021', [12, 0, 0], [['新型建材有限公司', '水泥制品有限公司'], NONE, NONE], 'STHJJ YJGLJ ZJJ'),
  ind('C3311', [12, 0, 0], [['钢结构有限公司', '金属制品有限公司'], NONE, NONE], 'YJGLJ STHJJ RSJ'),
  ind('D4511', [3, 0, 0], [['燃气有限公司'], NONE, NONE], 'CGJ YJGLJ'),
  ind('D4610', [2, 0, 0], [['供水有限公司'], NONE, NONE], 'SLJ WJW'),
  ind('E4710', [45, 0, 0], [['建筑工程有限公司', '建设工程有限公司'], NONE, NONE], 'ZJJ RSJ YJGLJ SWJ TJJ'),
  ind('E5012', [25, 20, 0], [['装饰工程有限公司'], ['装饰部', '装饰工作室'], NONE], 'ZJJ'),
  ind('K7010', [15, 0, 0], [['置业有限公司', '房地产开发有限公司'], NONE, NONE], 'ZJJ ZRZYJ RFB SWJ TJJ'),
  ind('G5431', [30, 20, 0], [['物流有限公司', '运输有限公司'], ['货运部', '物流配送站'], NONE], 'JTYSJ YJGLJ CGJ'),
  ind('G5421', [3, 0, 0], [['客运有限公司', '公共交通有限公司'], NONE, NONE], 'JTYSJ YJGLJ GAJ'),
  ind('O8111', [15, 30, 0], [['汽车服务有限公司', '汽车销售服务有限公司'], ['汽修厂', '汽车美容店'], NONE], 'JTYSJ STHJJ SWUJ'),
  ind('O', [5, 40, 0], [['美容美发有限公司'], ['理发店', '美容美发店'], NONE], 'WJW SWUJ'),
  ind('Q8425', [5, 15, 0], [['医疗管理有限公司', '口腔门诊有限公司'], ['诊所', '中医诊所'], NONE], 'WJW'),
  ind('R9011', [4, 3, 0], [['娱乐有限公司', '文化传媒有限公司'], ['KTV'], NONE], 'WGLJ GAJ XFJYDD'),
  ind('R9013', [2, 8, 0], [['网络服务有限公司'], ['网吧', '网咖'], NONE], 'WGLJ GAJ XFJYDD'),
  ind('L7291', [4, 0, 0], [['旅行社有限公司'], NONE, NONE], 'WGLJ'),
  ind('P8393', [10, 5, 0], [['教育咨询有限公司', '培训学校有限公司'], ['培训部'], NONE], 'JTJ XFJYDD'),
  ind('L7241', [12, 3, 0], [['会计服务有限公司', '财务咨询有限公司'], ['财税服务部'], NONE], 'CZJ SWJ'),
  ind('L7249', [4, 0, 0], [['招标代理有限公司', '工程咨询有限公司'], NONE, NONE], 'ZWFWJ FGW'),
  ind('L7239', [2, 0, 0], [['法律咨询服务有限公司'], NONE, NONE], 'SFJ'),
  ind('J', [3, 0, 0], [['小额贷款有限公司', '融资担保有限公司'], NONE, NONE], 'JRJ'),
  ind('I6513', [10, 0, 0], [['网络科技有限公司', '信息技术有限公司'], NONE, NONE], 'GXKJJ'),
  ind('A0112', [8, 0, 40], [['农业发展有限公司'], NONE, ['种植专业合作社', '农机专业合作社']], 'NYNCJ ZRZYJ SLJ'),
  ind('A0141', [4, 0, 25], [['农业科技有限公司'], NONE, ['蔬菜种植专业合作社', '果蔬专业合作社']], 'NYNCJ'),
  ind('A0313', [6, 0, 15], [['牧业有限公司'], NONE, ['养殖专业合作社']], 'NYNCJ STHJJ'),
  ind('A0321', [3, 0, 10], [['禽业有限公司'], NONE, ['养殖专业合作社']], 'NYNCJ STHJJ'),
];

/** 睢县's towns, for 个体工商户 and cooperative names. */
export const TOWNS = [
  '城关镇', '城郊乡', '潮庄镇', '河集乡', '尚屯镇', '白庙乡', '匡城乡', '蓼堤镇', '涧岗乡', '西陵寺镇',
  '平岗镇', '孙聚寨乡', '周堂镇', '董店乡', '后台乡', '胡堂乡', '尤吉屯乡', '长岗镇', '白楼乡', '河堤乡',
] as const;

/** Characters of the trade names (字号) that fill licence registers. */
export const BRAND_CHARS =
  '鑫源恒达宏昌盛泰隆兴华丰瑞祥永福金润通利嘉和顺安佳信诚德正天宇新豪凯旺荣辉博远广汇聚鼎晟益康乐中原睢州豫商邦'.split('');

export const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎潘杜夏汪田任姜范方石姚谭邹金郝孔白崔康毛秦史侯孟段雷汤尹常武乔贺'.split('');

export const GIVEN_CHARS =
  '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰志新军海峰辉鹏飞晓东亮雪梅宁俊凯浩宇婷颖文斌帅'.split('');
