"""Checks a tagged review document against the PDF/UA-1 rules the documents promise.

Usage: /usr/bin/python3 pdfua_check.py FILE.pdf [FILE.pdf ...]
Prints one line per problem ("file: rule: where") and exits 1 when there is any, 0 otherwise.
Needs pikepdf (Debian: python3-pikepdf), so run it with Debian's /usr/bin/python3.

The rules (ISO 14289-1 and the Matterhorn protocol, as far as a structure walk can check them):
  - the XMP metadata declares PDF/UA-1 (pdfuaid:part = 1) and the document has a title shown in
    the viewer's title bar (/DisplayDocTitle), a language (/Lang) and /MarkInfo /Marked true;
  - in every content stream, marked content (BDC/BMC ... EMC) and text objects (BT ... ET) nest
    and never cross (ISO 32000-1 14.6.1);
  - every Figure has alt text, and its Caption (the chart's title) is inside it, its first child
    (a caption belongs to its figure, not beside it);
  - every Table has a THead and a TBody; every TH says whether it heads a Row or a Column;
    the first cell of each body row that is not a group row is a TH heading its row;
  - there are headings (H1) and bookmarks (/Outlines) to navigate by.
"""

import sys
import xml.etree.ElementTree as ET

import pikepdf

PDFUAID = "{http://www.aiim.org/pdfua/ns/id/}part"


def name(element):
    return str(element.get("/S", ""))


def kids(element):
    k = element.get("/K")
    if k is None:
        return []
    if isinstance(k, pikepdf.Array):
        return [x for x in k if isinstance(x, pikepdf.Dictionary) and "/S" in x]
    if isinstance(k, pikepdf.Dictionary) and "/S" in k:
        return [k]
    return []


def attribute(element, key):
    attributes = element.get("/A")
    if attributes is None:
        return None
    for dictionary in attributes if isinstance(attributes, pikepdf.Array) else [attributes]:
        if isinstance(dictionary, pikepdf.Dictionary) and key in dictionary:
            return str(dictionary[key])
    return None


def check_document(path):
    problems = []

    def problem(rule, where=""):
        problems.append(f"{path}: {rule}{': ' + where if where else ''}")

    pdf = pikepdf.open(path)
    root = pdf.Root

    # Document-level declarations.
    try:
        xmp = ET.fromstring(root.Metadata.read_bytes().decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
        parts = [e.text for e in xmp.iter(PDFUAID)]
        if parts != ["1"]:
            problem("XMP metadata does not declare pdfuaid:part 1", str(parts))
    except (KeyError, AttributeError, ET.ParseError) as error:
        problem("no readable XMP metadata", str(error))
    if not bool(root.get("/MarkInfo", {}).get("/Marked", False)):
        problem("/MarkInfo /Marked is not true")
    if not str(root.get("/Lang", "")):
        problem("no document language (/Lang)")
    if not bool(root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False)):
        problem("the viewer does not show the document title (/DisplayDocTitle)")
    if "/Outlines" not in root or int(root.Outlines.get("/Count", 0)) == 0 and "/First" not in root.Outlines:
        problem("no bookmarks (/Outlines)")

    # Marked content and text objects nest (ISO 32000-1 14.6.1).
    for number, page in enumerate(pdf.pages, start=1):
        stack = []
        for _, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op in ("BT", "BDC", "BMC"):
                stack.append("BT" if op == "BT" else "MC")
            elif op in ("ET", "EMC"):
                expected = "BT" if op == "ET" else "MC"
                if not stack or stack[-1] != expected:
                    problem("marked content and a text object cross", f"page {number}, {op} closes {stack[-1] if stack else 'nothing'}")
                    stack = []
                    break
                stack.pop()
        if stack:
            problem("marked content or a text object left open", f"page {number}")

    # The structure tree.
    tree = root.get("/StructTreeRoot")
    if tree is None:
        problem("no structure tree")
        return problems

    seen = {"H1": 0, "Figure": 0, "Table": 0}

    def walk(element, path_text):
        tag = name(element).lstrip("/")
        children = kids(element)
        if tag in seen:
            seen[tag] += 1
        if tag == "Figure" and not str(element.get("/Alt", "")).strip():
            problem("a Figure has no alt text", path_text)
        if tag == "TH" and attribute(element, "/Scope") not in ("/Row", "/Column", "/Both"):
            problem("a TH does not say whether it heads a row or a column", path_text)
        if tag == "Table":
            groups = [name(c) for c in children]
            if "/THead" not in groups or "/TBody" not in groups:
                problem("a Table has no THead and TBody", f"{path_text} has {groups}")
            for body in (c for c in children if name(c) == "/TBody"):
                for row in kids(body):
                    cells = kids(row)
                    is_group = len(cells) == 1 and attribute(cells[0], "/ColSpan") is not None
                    if cells and not is_group and (name(cells[0]) != "/TH" or attribute(cells[0], "/Scope") != "/Row"):
                        problem("a body row's first cell is not a row header (TH, Scope Row)", path_text)
        for index, child in enumerate(children):
            if name(child) == "/Figure":
                inside = kids(child)
                if not inside or name(inside[0]) != "/Caption":
                    problem("a Figure's first child is not its Caption", f"{path_text}/{tag}[{index}]")
            if name(child) == "/Caption" and tag != "Figure":
                problem("a Caption outside a Figure", f"{path_text}/{tag}[{index}]")
            walk(child, f"{path_text}/{tag}")

    for top in kids(tree):
        walk(top, "")
    if seen["H1"] == 0:
        problem("no H1 heading")
    return problems


def main(paths):
    problems = [p for path in paths for p in check_document(path)]
    for p in problems:
        print(p)
    print(f"{len(paths)} document(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
