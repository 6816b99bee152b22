import { describe, expect, it } from "vitest";
import { isAccountNameAbove, isChromeLine, isReadingListHeader, parseWebMeta } from "./chrome";
import { normalizeText } from "./normalize";

// Lines are normalized first, as the segmenter does.
const chrome = (line: string) => isChromeLine(normalizeText(line));
const meta = (line: string) => parseWebMeta(normalizeText(line));

describe("website chrome", () => {
  it("drops breadcrumbs in their usual forms", () => {
    for (const s of [
      "首页 > 新闻中心 > 部门动态",
      "当前位置：首页>政务公开>乡镇动态",
      "您的位置: 首页 » 通知公告",
      "您现在的位置：网站首页 > 工作动态",
      "首页 ＞ 信息公开",
      "政务公开 > 部门信息 > 县农业农村局",
    ])
      expect(chrome(s), s).toBe(true);
  });
  it("drops the site name, font-size widget, buttons, share and scan lines", () => {
    for (const s of [
      "德清县人民政府",
      "温州市鹿城区人民政府门户网站",
      "字号：【大 中 小】",
      "【字体：大 中 小】",
      "字体：[大] [中] [小]",
      "【打印本页】【关闭窗口】",
      "【打印】 【关闭】",
      "[收藏] [打印] [返回顶部]",
      "打印本页 | 关闭窗口",
      "分享到：微信 微博 QQ空间",
      "分享到:",
      "扫一扫在手机打开当前页",
      "扫描二维码分享到手机",
      "上一篇：我县召开秋季森林防火工作会议",
      "下一条：关于2023年度xx项目的公示",
      "首页 | 走进某某 | 政务公开 | 政务服务 | 互动交流",
      "网站首页  新闻中心  信息公开  专题专栏",
      "无障碍 | 长辈版 | 繁體 | 登录 | 注册",
      "欢迎访问某某县人民政府门户网站！",
      "首页 新闻 视频 直播",
    ])
      expect(chrome(s), s).toBe(true);
  });
  it("drops footers with filing numbers, site codes, copyright and host lines", () => {
    for (const s of [
      "网站标识码：3307810001  浙ICP备12003456号-2",
      "浙公网安备 33010602001234号",
      "版权所有：某某县人民政府办公室",
      "Copyright © 2023 某某区人民政府 All Rights Reserved",
      "主办：某某县人民政府办公室　承办：某某县大数据发展中心",
      "主办单位：某某市人民政府  技术支持：某某信息公司",
      "主办：某某镇人民政府 地址：某某路1号 电话：0570-0000000",
      "建议使用1920×1080分辨率、Chrome浏览器访问本站",
      "附件：",
      "相关链接",
      "网站地图 | 联系我们 | 某某县政府网站",
    ])
      expect(chrome(s), s).toBe(true);
  });
  it("keeps headlines and body lines that share words with chrome", () => {
    for (const s of [
      "打造人民满意的服务型政府",
      "建设法治政府 护航高质量发展",
      "县政府召开常务会议研究部署秋冬季工作",
      "主办方:县文广旅体局",
      "主办单位:县总工会",
      "主办单位：县总工会  承办单位：县文化馆",
      "地址：某某路1号  电话：0570-0000000",
      "申请→受理→审核→办结",
      "扫一扫二维码就能查到每一笔村级财务收支。",
      "村民可以通过手机扫码关注村务公开平台。",
      "重点关注困难群众",
      "关闭高耗能企业32家",
      "返回家乡创业的大学生越来越多",
      "大 中 小企业融通发展",
      "公开 公平 公正 高效",
      "政务公开 服务群众 推动发展",
      "欢迎来到美丽乡村,这里山清水秀。",
    ])
      expect(chrome(s), s).toBe(false);
  });
});

describe("WeChat and digest chrome", () => {
  it("drops account/date lines, follow prompts, teasers and end marks", () => {
    for (const s of [
      "原创 某某发布 某某发布 2023-10-11 19:20 发表于浙江",
      "青田发布 2023-05-04 08:00",
      "2023-05-04 08:00 青田发布",
      "点击上方蓝字关注我们",
      "↑↑↑点击上方“某某发布”关注我们",
      "点击蓝字 关注我们",
      "点击蓝色字关注“某某发布”",
      "戳上方蓝字，关注我们！",
      "本期导读：某某街道推出“邻里食堂”",
      "导读",
      "-END-",
      "— END —",
      "THE END",
      "分享 点赞 在看",
      "点赞 | 在看 | 转发",
      "阅读 10万+  在看 326",
      "喜欢就点个“在看”吧",
      "欢迎分享转发给身边的朋友！",
      "转载请注明出处",
      "声明：本文部分图片来自网络",
      "长按识别二维码关注我们",
      "▼",
    ])
      expect(chrome(s), s).toBe(true);
  });
  it("drops a digest's greeting header, calendar and weather lines", () => {
    for (const s of [
      "早安，温岭丨10月9日，星期一",
      "晚安·龙泉 | 2023-06-02 星期五",
      "今天是2023年10月9日，农历八月廿五，星期一。",
      "今天是星期五",
      "今日温岭：晴转多云，18℃～26℃，北风3-4级。",
      "明天天气：小雨，15℃~20℃",
      "早安，仙居！今天是2024年3月12日，星期二，农历二月初三。",
      "晚上好，龙港。今天是星期五，农历六月十五。",
    ])
      expect(chrome(s), s).toBe(true);
    // a greeting does not make a news line with a date chrome
    expect(chrome("早上好!今天是2024年3月12日,星期二,全市中小学举行开学典礼。")).toBe(false);
  });
  it("takes a short account name above a date line that names none", () => {
    expect(isAccountNameAbove("仙居发布", "2024-03-12 07:00 浙江")).toBe(true);
    expect(isAccountNameAbove("清廉椒江", "2024-03-12 18:20")).toBe(true);
    // the date line names the account already, or the line above is a headline
    expect(isAccountNameAbove("仙居发布", "仙居发布 2024-03-12 07:00")).toBe(false);
    expect(isAccountNameAbove("我市首个碳普惠平台发布", "2024-03-12 07:00")).toBe(false);
    expect(isAccountNameAbove("春耕备耕忙", "2024-03-12 07:00")).toBe(false);
  });
  it("keeps news lines with dates, weekdays, weather words or temperatures", () => {
    for (const s of [
      "9月18日，星期一，全区召开干部大会，部署第四季度重点工作。",
      "农历八月十五前后，村里要举办中秋民俗活动。",
      "受台风影响，今天全市普降大雨，最高气温回落到28℃左右，多地开展巡查。",
      "两千多名志愿者上岗！亚运服务全面启动",
      "2023年杭州亚运会志愿者誓师大会举行",
      "新规10月1日(星期日)起施行",
      "分享:村里的共富经验",
      "未经授权擅自转载他人作品,属于侵权行为。",
      "居民们纷纷为这一举措点赞。",
      "市民可在看台上观看比赛。",
      "提醒市民使用正规浏览器访问政务服务网,谨防钓鱼网站。",
      "全市阅读推广活动吸引10万人次参与",
    ])
      expect(chrome(s), s).toBe(false);
  });
  it("knows reading-list headers", () => {
    for (const s of ["往期推荐", "推荐阅读", "【往期回顾】", "▼猜你喜欢▼", "猜你喜欢", "往期精彩："]) expect(isReadingListHeader(normalizeText(s)), s).toBe(true);
    for (const s of ["延伸阅读", "相关阅读", "相关新闻", "推荐阅读书目已经发布"]) expect(isReadingListHeader(s), s).toBe(false);
  });
});

describe("parseWebMeta", () => {
  it("reads the meta line under a web headline and its writers", () => {
    expect(meta("发布时间：2023-10-11 09:30    来源：县农业农村局    浏览次数：1203")).toEqual({ names: [] });
    expect(meta("时间：2023-10-11 09:30:12  来源：县教育局  作者：孔晓敏  【字体：大 中 小】  阅读：2,018")).toEqual({ names: ["孔晓敏"] });
    expect(meta("发布日期：2023-03-02   信息来源：镇人民政府   作者：应 涛 柴雅琴   点击数：86")).toEqual({ names: ["应涛", "柴雅琴"] });
    expect(meta("2023-07-20 16:05  来源：区住建局")).toEqual({ names: [] });
    expect(meta("来源：区委宣传部 | 发布时间：2023-08-01 | 作者：余 浩")).toEqual({ names: ["余浩"] });
    expect(meta("发布时间：2023-11-08 14:02   来源：某某街道   浏览次数：")).toEqual({ names: [] });
  });
  it("reads buttons and widgets on the meta line and open-government fields", () => {
    expect(meta("信息来源：县文广旅体局  发布时间：2023-10-01  【字号：大 中 小】【打印】【关闭】")).toEqual({ names: [] });
    expect(meta("发布时间：2023-10-01 08:00  字体：[ 大 中 小 ]")).toEqual({ names: [] });
    expect(meta("索引号：002000000/2023-00123  发布机构：县发改局  生成日期：2023-10-01")).toEqual({ names: [] });
    expect(meta("浏览次数：862")).toEqual({ names: [] });
    expect(meta("发布时间：2023-10-01 10:00 作者：娄 岚")).toEqual({ names: ["娄岚"] });
    expect(chrome("发布时间：2023-10-01 10:00 作者：娄 岚")).toBe(false);
  });
  it("does not read an organisation as a writer", () => {
    expect(meta("发布时间：2023-10-11  作者：县融媒体中心")).toEqual({ names: [] });
  });
  it("leaves single fields, event notices and sentences alone", () => {
    for (const s of [
      "来源：浙江日报",
      "作者：孔晓敏",
      "时间：2023年10月12日上午9:00 地点：县行政中心",
      "日期：10月12日",
      "时间:10月17日至18日,县人大常委会组织部分代表开展视察。",
      "据县农业农村局消息，今年来源头治理成效明显。",
    ])
      expect(meta(s), s).toBeNull();
  });
});
