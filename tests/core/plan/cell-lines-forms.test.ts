/**
 * Tables a page flattens to one cell per line, in two forms found on unseen documents (h7): a header whose words
 * are broken over two lines (责任 / 领导, 责任 / 科室, 第二季度 / 完成情况) with a 责任领导 column of people, and a
 * catalogue whose cells each end ` |` (rows ending ` ||`), with columns that describe a row (公开渠道, 公开依据,
 * 更新频率), a time column under its own name (公开时限), a two-row header (公开事项: 一级 / 二级) and cells merged
 * down over rows. The inputs are minimal and made in the layout of 象山县泗洲头镇 2024 and 巫山县发改委 2024.
 */
import { readCellLines } from "../../../src/core/plan/cell-lines";
import { parsePlan } from "../../../src/core/plan/parse";

function read(text: string): [string, string[]][] {
  return parsePlan(text).value.items.map((i) => [
    i.text,
    i.assignments.map((a) => `${a.department}:${a.role}`),
  ]);
}

test("a header broken over lines, a 责任领导 column of names and a progress column", () => {
  const text = [
    "某镇2024年度重点工作计划执行情况",
    "序号",
    "重点工作",
    "责任",
    "领导",
    "责任",
    "科室",
    "第二季度",
    "完成情况",
    "1",
    "水库工程政策处理",
    "张三",
    "水库工程政策处理工作领导小组",
    "迁移进度达60%。",
    "2",
    "美丽城镇建设",
    "李四",
    "乡村振兴办",
    "完成投资3000万元。",
  ].join("\n\n");
  const table = readCellLines(text.split("\n"), 2);
  expect(table?.rows[0]).toEqual(["序号", "重点工作", "责任领导", "责任科室"]);
  expect(read(text)).toEqual([
    ["水库工程政策处理", ["水库工程政策处理工作领导小组:responsible"]],
    ["美丽城镇建设", ["乡村振兴办:responsible"]],
  ]);
  expect(parsePlan(text).value.title).toBe("某镇2024年度重点工作计划执行情况");
});

test("a catalogue of `cell |` lines: 公开渠道 and 公开时限 are no departments, rows end ` ||`", () => {
  const text = [
    "序号 |",
    "公开事项 |",
    "公开内容 |",
    "公开时限 |",
    "公开渠道 |",
    "责任科室 |",
    "1 |",
    "机构职能 |",
    "本单位最新法定职责 |",
    "信息形成或变更之日起20个工作日内 |",
    "政府网站 |",
    "办公室 |",
    "2 |",
    "负责人信息 |",
    "领导班子姓名、职务 |",
    "信息形成或变更之日起20个工作日内 |",
    "政府网站 |",
    "办公室 | ||",
    "3 |",
    "机构设置 |",
    "内设机构及职责 |",
    "信息形成或变更之日起20个工作日内 |",
    "政府网站 |",
    "政工科 | ||",
  ].join("\n");
  expect(read(text)).toEqual([
    ["机构职能 本单位最新法定职责", ["办公室:responsible"]],
    ["负责人信息 领导班子姓名、职务", ["办公室:responsible"]],
    ["机构设置 内设机构及职责", ["政工科:responsible"]],
  ]);
  expect(parsePlan(text).value.items.map((i) => i.deadline?.text)).toEqual(
    Array(3).fill("信息形成或变更之日起20个工作日内"),
  );
});

test("a two-row header (一级 / 二级) and cells merged down over rows (一级事项, 公开依据)", () => {
  const text = [
    "序号 |",
    "公开事项 |",
    "公开内容 |",
    "公开依据 |",
    "更新频率 |",
    "公开方式 |",
    "责任科室 | |",
    "一级 |",
    "二级 | ||||||",
    "1 |",
    "机构职能 |",
    "职能职责 |",
    "本单位最新法定职责 |",
    "《政府信息公开条例》 |",
    "据实更新 |",
    "政府网站 |",
    "办公室 |",
    "2 |",
    "负责人信息 |",
    "领导班子姓名、职务 |",
    "据实更新 |",
    "政府网站 |",
    "办公室 | ||",
  ].join("\n");
  const table = readCellLines(text.split("\n"), 0);
  expect(table?.rows).toEqual([
    ["序号", "一级公开事项", "二级公开事项", "公开内容", "责任科室"],
    ["1", "机构职能", "职能职责", "本单位最新法定职责", "办公室"],
    ["2", "", "负责人信息", "领导班子姓名、职务", "办公室"],
  ]);
  expect(read(text)).toEqual([
    ["机构职能 职能职责 本单位最新法定职责", ["办公室:responsible"]],
    ["负责人信息 领导班子姓名、职务", ["办公室:responsible"]],
  ]);
});
