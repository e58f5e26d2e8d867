#!/usr/bin/env node
/**
 * Makes a Word (.docx) copy of a corpus plan, as an office would have it: numbered headings and tasks use
 * Word's automatic numbering (一、 / （一） / 1. are numbering, not typed text), and `a | b |` table rows
 * become a real Word table (w:tbl). The truth of the .txt holds for the .docx.
 *
 *   node scripts/make-corpus-docx.js tests/fixtures/plans/corpus/ID.txt   → ID.docx beside it
 */
"use strict";
const { readFileSync, writeFileSync } = require("fs");
const JSZip = require("jszip");

const CN = "[一二三四五六七八九十]+";
const LEVELS = [
  { re: new RegExp(`^(${CN})[、，,．.]\\s*`), fmt: "chineseCounting", text: "%1、" },
  { re: new RegExp(`^[(（](${CN})[)）]\\s*`), fmt: "chineseCounting", text: "（%2）" },
  { re: /^([0-9]{1,3})[.．、](?![0-9])\s*/, fmt: "decimal", text: "%3." },
];

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const run = (t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;

function paragraph(line) {
  for (let level = 0; level < LEVELS.length; level++) {
    const m = LEVELS[level].re.exec(line);
    if (m) {
      const numPr = `<w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="1"/></w:numPr></w:pPr>`;
      return `<w:p>${numPr}${run(line.slice(m[0].length))}</w:p>`;
    }
  }
  return `<w:p>${run(line)}</w:p>`;
}

function table(rows) {
  const width = Math.max(...rows.map((r) => r.length));
  const grid = `<w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(width)}</w:tblGrid>`;
  const trs = rows
    .map((r) => {
      const cells = [...r, ...Array(width - r.length).fill("")];
      return `<w:tr>${cells.map((c) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>${run(c.trim())}</w:p></w:tc>`).join("")}</w:tr>`;
    })
    .join("");
  return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${grid}${trs}</w:tbl>`;
}

function body(text) {
  const out = [];
  let rows = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const isRow =
      /\|/.test(line) && line.split("|").filter((c) => c.trim() !== "").length >= 1 && !/^\|*$/.test(line);
    if (isRow) {
      const cells = line.split("|");
      if (cells[cells.length - 1].trim() === "") cells.pop();
      (rows ??= []).push(cells);
      continue;
    }
    if (rows) {
      out.push(table(rows));
      rows = null;
    }
    if (line !== "") out.push(paragraph(line));
  }
  if (rows) out.push(table(rows));
  return out.join("");
}

const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
${LEVELS.map((l, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${l.fmt}"/><w:lvlText w:val="${l.text}"/><w:lvlJc w:val="left"/></w:lvl>`).join("\n")}
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>`;

async function main(path) {
  const text = readFileSync(path, "utf8");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file("word/numbering.xml", NUMBERING);
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body(text)}<w:sectPr/></w:body></w:document>`,
  );
  const bytes = await zip.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    date: new Date(Date.UTC(2024, 0, 1)),
  });
  writeFileSync(path.replace(/\.txt$/, ".docx"), bytes);
}

Promise.all(process.argv.slice(2).map(main)).catch((e) => {
  console.error(e);
  process.exit(1);
});
