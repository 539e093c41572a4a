/**
 * The look of an official document (GB/T 9704—2012 党政机关公文格式), for .docx: A4, the standard
 * margins, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号, headings in 黑体 (一级) and
 * 楷体_GB2312 (二级). The fonts are named, not embedded: the reader's Word or WPS supplies them.
 */
const MM = 56.6929; // twips per millimetre

export const PAGE = {
  size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
};

/** Wide tables (横排表格) turn the page; the margins turn with it, leaving a type area 225 mm (12,756 twips) wide. */
export const LANDSCAPE_PAGE = {
  margin: { top: Math.round(28 * MM), bottom: Math.round(26 * MM), left: Math.round(37 * MM), right: Math.round(35 * MM) },
};

/** Font sizes in half-points, as docx counts them: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const SIZE = { erhao: 44, sanhao: 32, sihao: 28, xiaosi: 24, wuhao: 21 };

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
};

/** The same font for Latin and East Asian text, so digits match the characters around them. */
export const font = (name: string) => ({ ascii: name, eastAsia: name, hAnsi: name, cs: name });
