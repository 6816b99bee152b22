// Former names, well-known zones and redistricting history of Zhejiang county-level units.
// Values are CURRENT county names (as in data/geo); codes are looked up when the gazetteer loads,
// so a wrong name here fails loudly at load time.

/** Old or informal names that still appear in text, read as full names (no context needed). */
export const COUNTY_ALIASES: ReadonlyArray<readonly [alias: string, current: string]> = [
  // Hangzhou: 2001/2014/2017 county -> district, 2021 redistricting (江干/下城 merged, 临平/钱塘 created)
  ["萧山市", "萧山区"], ["萧山县", "萧山区"], ["余杭市", "余杭区"], ["余杭县", "余杭区"],
  ["富阳市", "富阳区"], ["富阳县", "富阳区"], ["临安市", "临安区"], ["临安县", "临安区"],
  ["江干区", "上城区"], ["下城区", "拱墅区"], ["钱塘新区", "钱塘区"], ["杭州钱塘新区", "钱塘区"],
  ["大江东产业集聚区", "钱塘区"], ["大江东", "钱塘区"], ["杭州经济技术开发区", "钱塘区"], ["下沙经济技术开发区", "钱塘区"],
  ["杭州高新区(滨江)", "滨江区"], ["高新区(滨江)", "滨江区"], ["杭州高新开发区(滨江)", "滨江区"],
  ["杭州国家高新区", "滨江区"], ["杭州高新区", "滨江区"], ["滨江高新区", "滨江区"],
  ["未来科技城", "余杭区"], ["临平新城", "临平区"], ["钱江新城", "上城区"],
  // Ningbo: 鄞县 2002, 江东区 merged into 鄞州 2016, 奉化 2016
  ["鄞县", "鄞州区"], ["江东区", "鄞州区"], ["奉化市", "奉化区"], ["奉化县", "奉化区"],
  ["宁波杭州湾新区", "慈溪市"], ["杭州湾新区", "慈溪市"], ["宁波保税区", "北仑区"], ["梅山保税港区", "北仑区"],
  // Wenzhou
  ["洞头县", "洞头区"], ["瓯海县", "瓯海区"], ["龙港镇", "龙港市"],
  // Jiaxing, Huzhou
  ["秀城区", "南湖区"], ["吴兴县", "吴兴区"],
  // Shaoxing: 绍兴县 -> 柯桥区 and 上虞市 -> 上虞区 in 2013, 嵊县 -> 嵊州市 1995
  ["绍兴县", "柯桥区"], ["上虞市", "上虞区"], ["上虞县", "上虞区"], ["嵊县", "嵊州市"],
  // Jinhua, Quzhou, Zhoushan
  ["金华县", "金东区"], ["衢县", "衢江区"], ["定海县", "定海区"], ["普陀县", "普陀区"],
  // Taizhou: 椒江市/黄岩市 -> districts 1994
  ["椒江市", "椒江区"], ["黄岩市", "黄岩区"], ["黄岩县", "黄岩区"],
  // landmarks and zones that stand for the whole county (a scenic area across several townships, or a
  // development zone mostly in one county: 南太湖新区 is 湖州's zone in 吴兴区)
  ["千岛湖", "淳安县"], ["莫干山", "德清县"], ["神仙居", "仙居县"], ["江郎山", "江山市"], ["天台山", "天台县"],
  ["国清寺", "天台县"], ["嵊泗列岛", "嵊泗县"], ["南麂列岛", "平阳县"], ["灵隐寺", "西湖区"],
  ["梦想小镇", "余杭区"], ["南太湖新区", "吴兴区"],
];

/** Informal names of township-level units, read as full names: [alias, official name, county]. */
export const TOWN_ALIASES: ReadonlyArray<readonly [alias: string, name: string, county: string]> = [
  ["钱江世纪城", "萧山钱江世纪城", "萧山区"],
  ["萧山经开区", "萧山经济技术开发区", "萧山区"],
  // islands and villages known by their own name, inside one township
  ["普陀山", "普陀山镇", "普陀区"], ["桃花岛", "桃花镇", "普陀区"], ["大陈岛", "大陈镇", "椒江区"], ["南麂岛", "南麂镇", "平阳县"],
  ["余村", "天荒坪镇", "安吉县"], ["下姜村", "枫树岭镇", "淳安县"], ["滕头村", "萧王庙街道", "奉化区"],
];

/**
 * Former parents: a county name in this map, directly followed by a township that now lies in one of
 * the listed counties, refers to that township's current county ("余杭区塘栖镇" -> 临平区).
 */
export const FORMER_PARENTS: ReadonlyArray<readonly [former: string, successors: readonly string[]]> = [
  ["余杭区", ["临平区"]], ["余杭", ["临平区"]], ["江干区", ["上城区", "钱塘区"]], ["萧山区", ["钱塘区"]],
  ["萧山", ["钱塘区"]], ["下城区", ["拱墅区"]], ["苍南县", ["龙港市"]], ["苍南", ["龙港市"]],
  ["鄞州区", ["海曙区"]], ["鄞县", ["海曙区", "鄞州区"]], ["江东区", ["鄞州区"]], ["绍兴县", ["柯桥区", "越城区"]],
  ["金华县", ["金东区", "婺城区"]], ["衢县", ["衢江区", "柯城区"]], ["黄岩区", ["路桥区"]], ["黄岩市", ["路桥区"]],
];
