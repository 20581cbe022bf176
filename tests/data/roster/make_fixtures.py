#!/usr/bin/env python3
"""Makes the workbook fixtures of tests/core/test_workbook.cpp, as schools make them.

Writes a flat OpenDocument spreadsheet (.fods) with real date cells and phone
numbers stored as numbers, then lets LibreOffice save it as .xlsx and .xls:

    apt-get install -y --no-install-recommends libreoffice-calc-nogui
    python3 tests/data/roster/make_fixtures.py

Run once; the .xlsx/.xls files are committed, so the tests never need LibreOffice.
"""
import os
import subprocess
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = ["序号", "姓名", "性别", "出生日期", "班级", "父亲姓名", "父亲电话", "父亲务工城市",
          "母亲姓名", "母亲电话", "母亲务工城市", "监护人姓名", "监护人关系", "监护人电话"]

# name, gender, birth date, class, father, phone, city, mother, phone, city, guardian, relation, phone
# None is an empty cell; a str phone is a text cell (typed with a leading apostrophe).
CHILDREN = [
    ("曾小华", "女", "2016-05-04", "三年级(2)班", "曾大山", 13812345678, "东莞", "李春梅", 13987654321, "东莞", "曾德旺", "爷爷", 15885012345),
    ("欧阳𠀀", "男", "2015-03-07", "三年级(2)班", "欧阳建国", 13700001111, "深圳", "王丽", None, None, "陈秀英", "外婆", 18285123456),
    ("刘䶮", "男", "2016-11-20", "三年级(2)班", "刘志强", 13512345670, "广州", "张敏", 13612345671, "广州", "刘奶奶", "奶奶", "0851-26221234"),
    ("王芳", "女", "2015-09-01", "三年级(2)班", "王军", 13888886666, "上海", "赵娟", 13777775555, "苏州", "王德福", "爷爷", 13985551234),
    ("李浩宇", "男", "2016-01-15", "三年级(2)班", "李勇", 15012341234, "杭州", "周静", 15123452345, "杭州", "李桂兰", "奶奶", 15285552345),
    ("张欣怡", "女", "2015-12-30", "三年级(2)班", "张伟", 18612345678, "宁波", "孙丽", None, None, "张秀兰", "奶奶", 18785553456),
    ("陈俊杰", "男", "2016-07-08", "三年级(2)班", "陈明", 13312345678, "温州", "吴艳", 13412345678, "温州", "陈老汉", "爷爷", 13595554567),
    ("杨梦瑶", "女", "2016-02-29", "三年级(2)班", None, None, None, "杨婷", 17712345678, "厦门", "杨秀珍", "外婆", 17785555678),
    ("黄子涵", "女", "2015-10-10", "四年级(1)班", "黄涛", 19912345678, "北京", "林雪", 19812345678, "北京", "黄玉兰", "奶奶", 19985556789),
    ("赵鹏飞", "男", "2014-04-04", "四年级(1)班", "赵强", 13012345678, "天津", "钱慧", 13112345678, "天津", "赵大爷", "爷爷", 13285557890),
    ("吴佳", "女", "2014-08-18", "四年级(1)班", "吴超", 14512345678, "佛山", "郑佳", 14712345678, "佛山", "吴秀英", "奶奶", 14785558901),
    ("周宇航", "男", "2014-06-01", "四年级(1)班", "周峰", 15512345678, "东莞", "冯琳", 15612345678, "深圳", "周德明", "爷爷", 15785559012),
    ("徐诗雨", "女", "2015-01-23", "四年级(1)班", "徐辉", 15812345678, "苏州", "何颖", 15912345678, "苏州", "徐桂英", "奶奶", 15985550123),
    ("孙晨阳", "男", "2014-09-09", "四年级(1)班", "孙鑫", 16612345678, "上海", "高秀", None, None, "孙国华", "外公", 16685551230),
    ("马可心", "女", "2014-12-12", "四年级(1)班", "马博", 17312345678, "广州", "罗英", 17312345679, "广州", "马秀兰", "外婆", 17385552340),
    ("朱家豪", "男", "2014-03-03", "四年级(1)班", "朱文", 17612345678, "深圳", "梁玉", 17612345679, "深圳", "朱德才", "爷爷", 17685553450),
    ("胡悦", "女", "2014-05-20", "四年级(1)班", "胡建", 18012345678, "杭州", "谢兰", 18112345678, "宁波", "胡桂花", "奶奶", 18285554560),
    ("郭天成", "男", "2014-10-01", "四年级(1)班", "郭国", 18312345678, "厦门", "宋晓", 18412345678, "厦门", "郭老太", "奶奶", 18485555670),
    ("何思琪", "女", "2015-02-14", "四年级(1)班", "何勇", 18912345678, "东莞", "唐春", 18912345679, "东莞", "何秀英", "外婆", 18985556780),
    ("高旭", "男", "2014-07-07", "四年级(1)班", "高志", 13912340000, "北京", "韩雨", 13912340001, "北京", "高德胜", "爷爷", 13985557890),
]

FODS_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:date-style style:name="Nslash"><number:year number:style="long"/><number:text>/</number:text><number:month/><number:text>/</number:text><number:day/></number:date-style>
  <number:date-style style:name="Nchinese"><number:year number:style="long"/><number:text>年</number:text><number:month/><number:text>月</number:text><number:day/><number:text>日</number:text></number:date-style>
  <number:number-style style:name="Nint"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>
  <style:style style:name="slash" style:family="table-cell" style:data-style-name="Nslash"/>
  <style:style style:name="chinese" style:family="table-cell" style:data-style-name="Nchinese"/>
  <style:style style:name="int" style:family="table-cell" style:data-style-name="Nint"/>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
"""
FODS_TAIL = """ </office:spreadsheet></office:body>
</office:document>
"""


def text(value):
    return f'<table:table-cell office:value-type="string"><text:p>{escape(value)}</text:p></table:table-cell>'


def number(value, style):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}">'
            f'<text:p>{value}</text:p></table:table-cell>')


def date(iso, style):
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}">'
            f'<text:p>{iso}</text:p></table:table-cell>')


def cell(value, phone_style="int"):
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, int):
        return number(value, phone_style)
    return text(value)


def roster_table(name, date_style, title):
    rows = [f' <table:table table:name="{escape(name)}">']
    if title:
        rows.append(f"  <table:table-row>{text(title)}</table:table-row>")
    rows.append("  <table:table-row>" + "".join(text(h) for h in HEADER) + "</table:table-row>")
    for i, child in enumerate(CHILDREN, start=1):
        name_, gender, birth, klass, *rest = child
        cells = [number(i, "int"), text(name_), text(gender), date(birth, date_style), text(klass)]
        cells += [cell(v) for v in rest]
        rows.append("  <table:table-row>" + "".join(cells) + "</table:table-row>")
    rows.append(" </table:table>")
    return "\n".join(rows) + "\n"


def notes_table():
    return (' <table:table table:name="填表说明">\n'
            f"  <table:table-row>{text('填表说明')}</table:table-row>\n"
            f"  <table:table-row>{text('1. 出生日期请填写日期格式，如 2016/5/4。')}</table:table-row>\n"
            f"  <table:table-row>{text('2. 电话请填写手机号码，不要加空格。')}</table:table-row>\n"
            " </table:table>\n")


def write(fods_path, tables):
    with open(fods_path, "w", encoding="utf-8") as f:
        f.write(FODS_HEAD + "".join(tables) + FODS_TAIL)


def convert(fods_path, fmt, out_dir):
    subprocess.run(["soffice", "--headless", "--convert-to", fmt, "--outdir", out_dir, fods_path],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "roster.fods")
        write(one, [roster_table("留守儿童花名册", "slash", "石桥小学2026年秋季留守儿童花名册")])
        two = os.path.join(tmp, "roster_two_sheets.fods")
        write(two, [notes_table(), roster_table("花名册", "chinese", None)])
        for path in (one, two):
            convert(path, "xlsx", HERE)
            convert(path, "xls:MS Excel 97", HERE)


if __name__ == "__main__":
    main()
