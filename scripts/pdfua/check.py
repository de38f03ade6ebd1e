#!/usr/bin/python3
"""The project's own automated PDF/UA-1 check.

Usage: /usr/bin/python3 scripts/pdfua/check.py [--password-file PATH] [--struct-text] FILE.pdf [FILE.pdf ...]

Prints one JSON object: {"checkpoints": [...], "files": {FILE: {"pages": n, "failures": [...]}}}.
Each failure names the Matterhorn Protocol 1.1 checkpoint it breaks, the page (1-based, or null
for the document), the object ("12 0 R", or null) and what is wrong; repeated failures of one kind
on one page and object are counted, not listed. The exit code is 0 when no file fails, 1 when one
does, 2 when a file cannot be read.

With --struct-text it checks nothing and prints instead, per file, the text a screen reader reads:
{"files": {FILE: {"pages": [{"structure": [...], "artifacts": [...]}, ...]}}}. "structure" holds the
text of each marked-content sequence of the page in structure-tree order (codes decoded with the
font's ToUnicode; a marked span's ActualText replaces the text it covers), where a structure
element with ActualText reads as that text instead of all its content (ISO 32000-1, 14.9.4), on its
page (/Pg, else that of its first content); "artifacts" holds the text of each Artifact sequence in
drawing order. Exit code 0, or 2 when a file cannot be read.

Each check follows the failure condition of its checkpoint in the Matterhorn Protocol 1.1 (PDF
Association), which lists the ways a file can fail ISO 14289-1 (PDF/UA-1); where the protocol only
names the rule it breaks (for example "does not conform to ISO 32000-1, Table 337"), the check
follows that rule as veraPDF's PDF/UA-1 validation profile tests it. CHECKPOINTS below quotes each
failure condition. Checkpoints that need a human (is this Artifact really decoration? is the alt
text right?) are out of scope.

Sources:
  Matterhorn Protocol 1.1: https://pdfa.org/wp-content/uploads/2021/04/Matterhorn-Protocol-1-1.pdf
    (from https://pdfa.org/resource/the-matterhorn-protocol/)
  veraPDF PDF/UA-1 profile: https://github.com/veraPDF/veraPDF-validation-profiles/blob/integration/PDF_UA/PDFUA-1.xml
Needs pikepdf (Debian python3-pikepdf).
"""

import json
import re
import sys
import xml.etree.ElementTree as ElementTree

import pikepdf
from pikepdf import Array, Dictionary, Name, Stream

# Failure conditions as the Matterhorn Protocol 1.1 words them (06-004 is a human checkpoint: the
# check only catches its machine-decidable case, an empty dc:title).
CHECKPOINTS = {
    '01-003': 'Content marked as Artifact is present inside tagged content.',
    '01-004': 'Tagged content is present inside content marked as Artifact.',
    '01-005': 'Content is neither marked as Artifact nor tagged as real content.',
    '01-007': 'Suspects entry has a value of true.',
    '02-001': "One or more non-standard tag's mapping does not terminate with a standard type.",
    '06-001': 'Document does not contain an XMP metadata stream.',
    '06-002': 'The XMP metadata stream in the Catalog dictionary does not include the PDF/UA identifier.',
    '06-003': 'XMP metadata stream does not contain dc:title.',
    '06-004': 'dc:title does not clearly identify the document (here: it is empty).',
    '07-001': 'ViewerPreferences dictionary of the Catalog dictionary does not contain a DisplayDocTitle entry.',
    '07-002': 'ViewerPreferences dictionary of the Catalog dictionary contains a DisplayDocTitle entry with a value of false.',
    '09-004': 'A table-related structure element is used in a way that does not conform to the syntax defined in ISO 32000-1, Table 337.',
    '09-005': 'A list-related structure element is used in a way that does not conform to Table 336 in ISO 32000-1.',
    '09-006': 'A TOC-related structure element is used in a way that does not conform to Table 333 in ISO 32000-1.',
    '09-007': 'A Ruby-related structure element is used in a way that does not conform to Table 338 in ISO 32000-1.',
    '09-008': 'A Warichu-related structure element is used in a way that does not conform to Table 338 in ISO 32000-1.',
    '10-001': 'Character code cannot be mapped to Unicode.',
    '11-006': 'Natural language for document metadata cannot be determined.',
    '13-004': 'Figure tag alternative or replacement text missing.',
    '14-002': 'Does use numbered headings, but the first heading tag is not H1.',
    '14-003': 'Numbered heading levels in descending sequence are skipped (Example: H3 follows directly after H1).',
    '15-003': 'In a table not organized with Headers attributes and IDs, a TH cell does not contain a Scope attribute.',
    '26-002': 'The file is encrypted and does contain a P entry but the 10th bit position of the P entry is false.',
    '31-009': 'For a font used by text intended to be rendered the font program is not embedded.',
    '31-027': (
        'A font dictionary does not contain the ToUnicode entry and none of the following is true: the font uses '
        'MacRomanEncoding, MacExpertEncoding or WinAnsiEncoding; the font is a Type 1 or Type 3 font and the glyph '
        'names of the glyphs referenced are all contained in the Adobe Glyph List or the set of named characters in '
        'the Symbol font; the font is a Type 0 font, and its descendant CIDFont uses Adobe-GB1, Adobe-CNS1, '
        'Adobe-Japan1 or Adobe-Korea1 character collections; the font is a non-symbolic TrueType font.'
    ),
    '31-028': 'One or more Unicode values specified in the ToUnicode CMap are zero (0).',
    '31-029': 'One or more Unicode values specified in the ToUnicode CMap are equal to either U+FEFF or U+FFFE.',
}

# ISO 32000-1 14.8.4: the standard structure types of PDF 1.7.
STANDARD_TYPES = set(
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private '
    'H H1 H2 H3 H4 H5 H6 P L LI Lbl LBody Table TR TH TD THead TBody TFoot '
    'Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP '
    'Figure Formula Form'.split()
)

TEXT_SHOWING = {'Tj', 'TJ', "'", '"'}
# Operators that put marks on the page: text, path painting (not `n`, which only ends a clip),
# shading, XObjects and inline images.
PAINTING = TEXT_SHOWING | {'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'Do', 'INLINE IMAGE'}
STANDARD_ENCODINGS = {'/WinAnsiEncoding', '/MacRomanEncoding', '/MacExpertEncoding', '/StandardEncoding'}
# 31-027: a font with one of these encodings needs no ToUnicode CMap.
UNICODE_ENCODINGS = {'/WinAnsiEncoding', '/MacRomanEncoding', '/MacExpertEncoding'}
# 31-027: a Type 0 font over one of these Adobe character collections needs no ToUnicode CMap.
PREDEFINED_ORDERINGS = {'Japan1', 'CNS1', 'GB1', 'Korea1'}
XMP_NS = {
    'rdf': 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    'dc': 'http://purl.org/dc/elements/1.1/',
    'pdfuaid': 'http://www.aiim.org/pdfua/ns/id/',
}
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def ref(obj):
    """How a failure names an object: '12 0 R', or None for a direct object."""
    try:
        if obj is not None and obj.is_indirect:
            return f'{obj.objgen[0]} {obj.objgen[1]} R'
    except AttributeError:
        pass
    return None


class Report:
    def __init__(self):
        self.failures = {}

    def fail(self, checkpoint, page, obj, message):
        key = (checkpoint, page, obj, message)
        self.failures[key] = self.failures.get(key, 0) + 1

    def as_list(self):
        return [
            {'checkpoint': c, 'page': p, 'object': o, 'message': m, 'count': n}
            for (c, p, o, m), n in sorted(self.failures.items(), key=lambda item: (item[0][0], item[0][1] or 0))
        ]


def number_tree(node, seen=None):
    """The entries of a number tree (the ParentTree) as a dict."""
    seen = seen if seen is not None else set()
    entries = {}
    if not isinstance(node, Dictionary) or node.objgen in seen and node.objgen != (0, 0):
        return entries
    seen.add(node.objgen)
    nums = node.get('/Nums')
    if isinstance(nums, Array):
        for index in range(0, len(nums) - 1, 2):
            entries[int(nums[index])] = nums[index + 1]
    for kid in node.get('/Kids', []):
        entries.update(number_tree(kid, seen))
    return entries


class StructTree:
    """The structure tree read once: every element with its resolved type, parent and kids."""

    def __init__(self, pdf, page_numbers, report):
        self.report = report
        self.page_numbers = page_numbers
        self.elements = []  # (element, type, parent type, page) in reading order
        self.content_refs = set()  # (page or stream objgen, mcid) the tree references
        self.mcid_owner = {}  # (page objgen, mcid) -> element objgen
        # In structure-tree order: [page number, page or stream objgen, mcid] for each marked-content
        # sequence, or [page number, None, text] for an element with ActualText, read instead of its content.
        self.content_order = []
        self.covering = None  # the ActualText entry whose element is being walked
        root = pdf.Root.get('/StructTreeRoot')
        self.root = root if isinstance(root, Dictionary) else None
        self.role_map = {}
        self.class_map = {}
        if self.root is None:
            return
        role_map = self.root.get('/RoleMap')
        if isinstance(role_map, Dictionary):
            self.role_map = {str(k)[1:]: str(v)[1:] for k, v in role_map.items() if isinstance(v, Name)}
        class_map = self.root.get('/ClassMap')
        if isinstance(class_map, Dictionary):
            self.class_map = {str(k)[1:]: v for k, v in class_map.items()}
        self.parent_tree = number_tree(self.root.get('/ParentTree'))
        self.seen = set()
        self._walk(self.root.get('/K'), 'StructTreeRoot', None, None)

    def standard_type(self, type_name):
        """The standard type a structure type maps to, or None when the mapping never ends in one."""
        seen = set()
        while type_name not in STANDARD_TYPES:
            if type_name in seen or type_name not in self.role_map:
                return None
            seen.add(type_name)
            type_name = self.role_map[type_name]
        return type_name

    def page_of(self, page_ref):
        if isinstance(page_ref, Dictionary):
            return self.page_numbers.get(page_ref.objgen)
        return None

    def _walk(self, kids, parent_type, parent, page_ref):
        if kids is None:
            return
        items = list(kids) if isinstance(kids, Array) else [kids]
        for kid in items:
            if isinstance(kid, int) and not isinstance(kid, bool):
                self._content(parent, page_ref, None, int(kid))
                continue
            if not isinstance(kid, Dictionary):
                continue
            kid_type = kid.get('/Type')
            if kid_type == Name.MCR:
                self._content(parent, kid.get('/Pg', page_ref), kid.get('/Stm'), int(kid.get('/MCID', -1)))
                continue
            if kid_type == Name.OBJR:
                continue
            if kid.objgen != (0, 0):
                if kid.objgen in self.seen:
                    continue
                self.seen.add(kid.objgen)
            structure_type = str(kid.get('/S', '/'))[1:]
            standard = self.standard_type(structure_type)
            element_page = kid.get('/Pg', page_ref)
            page = self.page_of(element_page)
            if standard is None:
                self.report.fail(
                    '02-001', page, ref(kid), f'structure type {structure_type} is neither standard nor role-mapped to one'
                )
            self.elements.append(
                {'dict': kid, 'type': standard or structure_type, 'raw': structure_type, 'parent': parent_type, 'page': page, 'kids': []}
            )
            element = self.elements[-1]
            if parent is not None:
                parent['kids'].append(element)
            actual = kid.get('/ActualText')
            covers = self.covering is None and isinstance(actual, pikepdf.String)
            if covers:
                self.covering = [page, None, str(actual)]
                self.content_order.append(self.covering)
            self._walk(kid.get('/K'), element['type'], element, element_page)
            if covers:
                self.covering = None

    def _content(self, parent, page_ref, stream, mcid):
        owner = stream if isinstance(stream, Stream) else page_ref
        if not isinstance(owner, Dictionary) and not isinstance(owner, Stream):
            return
        self.content_refs.add((owner.objgen, mcid))
        if self.covering is None:
            self.content_order.append([self.page_of(page_ref), owner.objgen, mcid])
        elif self.covering[0] is None:
            self.covering[0] = self.page_of(page_ref)
        if parent is not None:
            parent['kids'].append({'type': None, 'content': True})
            self.mcid_owner[(owner.objgen, mcid)] = parent['dict'].objgen

    def attributes(self, element):
        """The element's attribute dictionaries, its own (A) and its classes' (C)."""
        found = []
        own = element.get('/A')
        for item in list(own) if isinstance(own, Array) else [own]:
            if isinstance(item, Dictionary):
                found.append(item)
        classes = element.get('/C')
        for name in list(classes) if isinstance(classes, Array) else [classes]:
            if isinstance(name, Name):
                value = self.class_map.get(str(name)[1:])
                for item in list(value) if isinstance(value, Array) else [value]:
                    if isinstance(item, Dictionary):
                        found.append(item)
        return found


def check_document(pdf, report):
    root = pdf.Root
    mark_info = root.get('/MarkInfo')
    # Matterhorn has no checkpoint of its own for a Tagged PDF's MarkInfo Marked (ISO 32000-1 14.8.1):
    # without it a reader treats no content as tagged, which is 01-005's failure.
    if not isinstance(mark_info, Dictionary) or mark_info.get('/Marked') is not True:
        report.fail('01-005', None, None, 'MarkInfo Marked is not true, so no content counts as tagged')
    # 01-007 looks at Suspects whatever Marked says (veraPDF 7.1-4: Suspects != true).
    if isinstance(mark_info, Dictionary) and mark_info.get('/Suspects') is True:
        report.fail('01-007', None, ref(mark_info), 'MarkInfo Suspects is true')
    if not isinstance(root.get('/StructTreeRoot'), Dictionary):
        report.fail('01-005', None, None, 'the document has no structure tree (StructTreeRoot)')

    preferences = root.get('/ViewerPreferences')
    if not isinstance(preferences, Dictionary) or '/DisplayDocTitle' not in preferences:
        report.fail('07-001', None, None, 'no ViewerPreferences DisplayDocTitle entry')
    elif preferences.get('/DisplayDocTitle') is not True:
        report.fail('07-002', None, ref(preferences), 'DisplayDocTitle is false')

    undetermined = check_metadata(root, report)
    lang = root.get('/Lang')
    lang_text = str(lang).strip() if isinstance(lang, pikepdf.String) else ''
    # veraPDF 7.2-33: a language alternative whose entry is x-default (or names no language) takes
    # its language from the catalog's Lang.
    if undetermined and not lang_text:
        report.fail('11-006', None, None, f'{", ".join(undetermined)} has an x-default entry and the catalog has no Lang')

    # 26-001 (no P entry) is not checked: qpdf cannot decrypt such a file (the key depends on P), so
    # it is reported as unreadable (exit code 2) instead.
    encrypt = pdf.trailer.get('/Encrypt')
    permissions = encrypt.get('/P') if pdf.is_encrypted and isinstance(encrypt, Dictionary) else None
    if isinstance(permissions, int) and not int(permissions) & (1 << 9):
        report.fail('26-002', None, ref(encrypt), 'the P entry does not allow content extraction for accessibility (bit 10)')


def check_metadata(root, report):
    """06-001..06-004; returns the XMP language alternatives (as prefix:name) whose language is not
    given: an x-default entry, or an entry without xml:lang (11-006)."""
    metadata = root.get('/Metadata')
    if not isinstance(metadata, Stream):
        report.fail('06-001', None, None, 'the catalog has no Metadata stream')
        return []
    try:
        packet = metadata.read_bytes()
        xml = ElementTree.fromstring(packet[packet.index(b'<x:xmpmeta') if b'<x:xmpmeta' in packet else 0 :].split(b'<?xpacket end')[0])
    except (ElementTree.ParseError, ValueError, pikepdf.PdfError) as error:
        report.fail('06-001', None, ref(metadata), f'the Metadata stream is not readable XMP ({type(error).__name__})')
        return []
    parts = [element.text for element in xml.iter(f'{{{XMP_NS["pdfuaid"]}}}part')]
    parts += [
        element.get(f'{{{XMP_NS["pdfuaid"]}}}part')
        for element in xml.iter(f'{{{XMP_NS["rdf"]}}}Description')
        if element.get(f'{{{XMP_NS["pdfuaid"]}}}part') is not None
    ]
    if not any((part or '').strip() == '1' for part in parts):
        report.fail('06-002', None, ref(metadata), 'no pdfuaid:part with the value 1')
    titles = list(xml.iter(f'{{{XMP_NS["dc"]}}}title'))
    if not titles:
        report.fail('06-003', None, ref(metadata), 'no dc:title')
    elif not any((item.text or '').strip() for title in titles for item in title.iter(f'{{{XMP_NS["rdf"]}}}li')):
        report.fail('06-004', None, ref(metadata), 'dc:title is empty')
    undetermined = []
    for prop in xml.iter():
        for alternatives in prop.iterfind(f'{{{XMP_NS["rdf"]}}}Alt'):
            items = alternatives.iterfind(f'{{{XMP_NS["rdf"]}}}li')
            if any(item.get(XML_LANG, 'x-default') == 'x-default' for item in items):
                undetermined.append(qualified_name(prop.tag))
    return undetermined


def qualified_name(tag):
    """'{http://purl.org/dc/elements/1.1/}title' as 'dc:title' (or the tag itself)."""
    for prefix, namespace in XMP_NS.items():
        if tag.startswith(f'{{{namespace}}}'):
            return f'{prefix}:{tag[len(namespace) + 2 :]}'
    return tag


# ISO 32000-1 Tables 333, 336, 337 and 338: where each element may sit and what it may hold, as
# veraPDF's PDF/UA-1 profile tests them (rules 7.2-3..20, 26..28, 36..40). checkpoint, element:
# (parents it may have, children it may have; None = any). Lbl has no parent rule: Table 333 puts it
# in a TOCI as well as in an LI.
PARENTAGE = {
    '09-004': {
        'Table': (None, {'TR', 'THead', 'TBody', 'TFoot', 'Caption'}),
        'THead': ({'Table'}, {'TR'}),
        'TBody': ({'Table'}, {'TR'}),
        'TFoot': ({'Table'}, {'TR'}),
        'TR': ({'Table', 'THead', 'TBody', 'TFoot'}, {'TH', 'TD'}),
        'TH': ({'TR'}, None),
        'TD': ({'TR'}, None),
    },
    '09-005': {
        'L': (None, {'LI', 'L', 'Caption'}),
        'LI': ({'L'}, {'Lbl', 'LBody'}),
        'LBody': ({'LI'}, None),
    },
    '09-006': {'TOC': (None, {'TOCI', 'TOC', 'Caption'}), 'TOCI': ({'TOC'}, None)},
    '09-007': {'Ruby': (None, {'RB', 'RT', 'RP'}), 'RB': ({'Ruby'}, None), 'RT': ({'Ruby'}, None), 'RP': ({'Ruby'}, None)},
    '09-008': {'Warichu': (None, {'WT', 'WP'}), 'WT': ({'Warichu'}, None), 'WP': ({'Warichu'}, None)},
}

# Table 338: "It shall contain one RB element followed by either an RT element or a three-element
# group consisting of RP, RT, and RP" (Ruby); "It may contain a three-element group consisting of WP,
# WT, and WP" (Warichu).
SEQUENCES = {
    'Ruby': ('09-007', [['RB', 'RT'], ['RB', 'RP', 'RT', 'RP']]),
    'Warichu': ('09-008', [['WT'], ['WP', 'WT', 'WP']]),
}


def check_structure(tree, report):
    for element in tree.elements:
        kind, page, obj = element['type'], element['page'], ref(element['dict'])
        kinds = [kid['type'] for kid in element['kids'] if not kid.get('content')]
        for checkpoint, rules in PARENTAGE.items():
            if kind not in rules:
                continue
            parents, children = rules[kind]
            if parents is not None and element['parent'] not in parents:
                report.fail(checkpoint, page, obj, f'{kind} inside {element["parent"]}')
            if children is not None:
                for kid in element['kids']:
                    if kid['type'] not in children:
                        what = 'content' if kid.get('content') else kid['type']
                        report.fail(checkpoint, page, obj, f'{kind} holds {what}')
        if kind == 'Table':
            check_table_groups(element, kinds, report)
            check_header_scope(tree, element, report)
        if kind in ('L', 'TOC') and 'Caption' in kinds[1:]:
            report.fail('09-005' if kind == 'L' else '09-006', page, obj, f'{kind} holds a Caption that is not its first kid')
        if kind in SEQUENCES and all(kid in PARENTAGE[SEQUENCES[kind][0]][kind][1] for kid in kinds):
            checkpoint, sequences = SEQUENCES[kind]
            if kinds not in sequences:
                report.fail(checkpoint, page, obj, f'{kind} holds {" ".join(kinds) or "nothing"}')
        if kind == 'Figure':
            # veraPDF 7.3-1: (Alt != null && Alt != '') || ActualText != null
            alt = element['dict'].get('/Alt')
            actual = element['dict'].get('/ActualText')
            if not (isinstance(alt, pikepdf.String) and str(alt) != '') and not isinstance(actual, pikepdf.String):
                report.fail('13-004', page, obj, 'Figure without Alt or ActualText')

    # ISO 14289-1 7.4.3 names levels past 6 H7, H8...: they are role-mapped (02-001), but the note to
    # Matterhorn's 02-001 says processors ignore that mapping and respect the level, so a heading's
    # level comes from its own type when that is Hn, else from the standard type it maps to.
    headings = []
    for element in tree.elements:
        own = re.fullmatch(r'H([1-9][0-9]*)', element['raw'])
        mapped = re.fullmatch(r'H([1-6])', element['type'])
        if own or mapped:
            headings.append((int((own or mapped).group(1)), element))
    if headings and headings[0][0] != 1:
        level, first = headings[0]
        report.fail('14-002', first['page'], ref(first['dict']), f'the first heading is H{level}')
    for (before, _), (after, element) in zip(headings, headings[1:]):
        if after > before + 1:
            report.fail('14-003', element['page'], ref(element['dict']), f'H{after} follows H{before}')


def check_table_groups(table, kinds, report):
    """Table 337: "either one or more table rows (TR) as children; or an optional table head (THead)
    followed by one or more table body elements (TBody) and an optional table footer (TFoot)", and a
    Caption as its first or last child."""
    page, obj = table['page'], ref(table['dict'])
    for group in ('THead', 'TFoot', 'Caption'):
        if kinds.count(group) > 1:
            report.fail('09-004', page, obj, f'Table holds more than one {group}')
    if 'Caption' in kinds and kinds.index('Caption') not in (0, len(kinds) - 1):
        report.fail('09-004', page, obj, 'Table Caption is neither first nor last')
    groups = [kind for kind in kinds if kind in ('THead', 'TBody', 'TFoot')]
    if groups and 'TBody' not in groups:
        report.fail('09-004', page, obj, f'Table holds {" and ".join(sorted(set(groups)))} but no TBody')
    if groups and 'TR' in kinds:
        report.fail('09-004', page, obj, 'Table holds rows (TR) beside row groups (THead/TBody/TFoot)')


def cells_of(element):
    for kid in element['kids']:
        if kid.get('content'):
            continue
        if kid['type'] in ('TH', 'TD'):
            yield kid
        elif kid['type'] in ('TR', 'THead', 'TBody', 'TFoot'):
            yield from cells_of(kid)


def table_attribute(tree, cell, key):
    """The value of a Table-owned attribute (O /Table) of a cell, or None."""
    for attributes in tree.attributes(cell['dict']):
        if attributes.get('/O') == Name.Table and key in attributes:
            return attributes.get(key)
    return None


def check_header_scope(tree, table, report):
    """15-003. A table counts as organized with Headers attributes and IDs when every TD names its
    header cells (a non-empty Headers attribute); then its TH cells need no Scope."""
    cells = list(cells_of(table))
    data_cells = [cell for cell in cells if cell['type'] == 'TD']

    def names_headers(cell):
        headers = table_attribute(tree, cell, '/Headers')
        return isinstance(headers, Array) and len(headers) > 0

    if data_cells and all(names_headers(cell) for cell in data_cells):
        return
    for cell in cells:
        if cell['type'] == 'TH' and table_attribute(tree, cell, '/Scope') not in (Name.Row, Name.Column, Name.Both):
            report.fail('15-003', cell['page'], ref(cell['dict']), 'TH without Scope')


class FontInfo:
    """What the content checks need to know about one font dictionary."""

    def __init__(self, font):
        self.font = font
        self.subtype = str(font.get('/Subtype', ''))
        self.two_byte = self.subtype == '/Type0'
        self.embedded = self._embedded()
        self.unicode = self._unicode_map()
        self.text_map = None

    def _descriptor(self):
        if self.two_byte:
            descendants = self.font.get('/DescendantFonts')
            if isinstance(descendants, Array) and len(descendants) > 0:
                return descendants[0].get('/FontDescriptor')
            return None
        return self.font.get('/FontDescriptor')

    def _embedded(self):
        if self.subtype == '/Type3':
            return True
        descriptor = self._descriptor()
        return isinstance(descriptor, Dictionary) and any(
            key in descriptor for key in ('/FontFile', '/FontFile2', '/FontFile3')
        )

    def _unicode_map(self):
        """A function from a character code to the checkpoint its Unicode mapping fails, or None:
        10-001 when the ToUnicode CMap maps it to nothing, 31-028/31-029 when it maps it to U+0000 or
        U+FEFF/U+FFFE, 31-027 when there is no ToUnicode CMap and no exemption covers the code."""
        to_unicode = self.font.get('/ToUnicode')
        if isinstance(to_unicode, Stream):
            mapped = parse_to_unicode(to_unicode.read_bytes())

            def fault(code):
                text = mapped.get(code)
                if not text:
                    return '10-001'
                if '\u0000' in text:
                    return '31-028'
                if '\ufeff' in text or '\ufffe' in text:
                    return '31-029'
                return None

            return fault
        exempt = self._exempt_without_to_unicode()
        return lambda code: None if exempt(code) else '31-027'

    def _exempt_without_to_unicode(self):
        """31-027's exemptions (ISO 14289-1 7.21.7): a function from a code to whether the font maps it
        to Unicode without a ToUnicode CMap."""
        if self.two_byte:
            descendants = self.font.get('/DescendantFonts')
            info = descendants[0].get('/CIDSystemInfo') if isinstance(descendants, Array) and len(descendants) else None
            registry = str(info.get('/Registry', '')) if isinstance(info, Dictionary) else ''
            ordering = str(info.get('/Ordering', '')) if isinstance(info, Dictionary) else ''
            collection = registry == 'Adobe' and ordering in PREDEFINED_ORDERINGS
            return lambda code: collection
        encoding = self.font.get('/Encoding')
        if isinstance(encoding, Name) and str(encoding) in UNICODE_ENCODINGS:
            return lambda code: True
        descriptor = self._descriptor()
        symbolic = bool(int(descriptor.get('/Flags', 0)) & 4) if isinstance(descriptor, Dictionary) else False
        if self.subtype == '/TrueType':
            return lambda code: not symbolic
        if self.subtype in ('/Type1', '/MMType1', '/Type3'):
            differences = glyph_names(encoding.get('/Differences')) if isinstance(encoding, Dictionary) else {}
            base = encoding.get('/BaseEncoding') if isinstance(encoding, Dictionary) else encoding
            # A code outside Differences takes its glyph name from the base encoding: a named one (all
            # of whose names are in the Adobe Glyph List), or StandardEncoding for a non-symbolic Type 1
            # font; a symbolic font's built-in encoding cannot be read here, so it does not count.
            if isinstance(base, Name):
                base_named = str(base) in STANDARD_ENCODINGS
            else:
                base_named = base is None and self.subtype != '/Type3' and not symbolic
            return lambda code: looks_like_glyph_list_name(differences[code]) if code in differences else base_named
        return lambda code: False

    def decode(self, data):
        """The Unicode text of a string shown in this font ('\ufffd' for a code without any)."""
        if self.text_map is None:
            self.text_map = self._text_map()
        if self.text_map == 'latin':
            return bytes(data).decode('cp1252', errors='replace')
        return ''.join(self.text_map.get(code, '\ufffd') for code in self.codes(data))

    def _text_map(self):
        to_unicode = self.font.get('/ToUnicode')
        if isinstance(to_unicode, Stream):
            return parse_to_unicode(to_unicode.read_bytes())
        return {} if self.two_byte else 'latin'

    def codes(self, data):
        if self.two_byte:
            return [int.from_bytes(data[i : i + 2], 'big') for i in range(0, len(data) - 1, 2)]
        return list(data)


def glyph_names(differences):
    names = {}
    code = 0
    for item in differences if isinstance(differences, Array) else []:
        if isinstance(item, Name):
            names[code] = str(item)[1:]
            code += 1
        else:
            code = int(item)
    return names


def looks_like_glyph_list_name(name):
    """Whether a glyph name maps to Unicode. An approximation of "contained in the Adobe Glyph List"
    (the check carries no copy of the list): generic names such as g12 or cid34 do not count."""
    return not re.fullmatch(r'(g|glyph|cid|index|G)\d+', name) and name != '.notdef'


def parse_to_unicode(data):
    """Code -> text for the bfchar and bfrange mappings of a ToUnicode CMap."""
    text = data.decode('latin-1')
    mapped = {}

    def utf16(hex_text):
        # A hex string may hold white space (pdfkit writes a ligature's letters as <0646 064A>).
        raw = bytes.fromhex(re.sub(r'\s', '', hex_text))
        return raw.decode('utf-16-be', errors='replace')

    for block in re.findall(r'beginbfchar(.*?)endbfchar', text, re.S):
        for source, target in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f\s]*)>', block):
            mapped[int(source, 16)] = utf16(target)
    for block in re.findall(r'beginbfrange(.*?)endbfrange', text, re.S):
        for low, high, target in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f\s]*>|\[[^\]]*\])', block):
            low, high = int(low, 16), int(high, 16)
            if target.startswith('['):
                for offset, item in enumerate(re.findall(r'<([0-9A-Fa-f\s]*)>', target)):
                    mapped[low + offset] = utf16(item)
            else:
                start = bytes.fromhex(re.sub(r'\s', '', target[1:-1]))
                base = int.from_bytes(start, 'big') if start else 0
                for offset in range(high - low + 1):
                    value = (base + offset).to_bytes(max(len(start), 2), 'big')
                    mapped[low + offset] = value.decode('utf-16-be', errors='replace')
    return mapped


UNICODE_FAULTS = {
    '10-001': 'the ToUnicode CMap of font {font} maps codes {codes} to nothing',
    '31-027': 'font {font} has no ToUnicode CMap and no exemption covers the codes it shows',
    '31-028': 'the ToUnicode CMap of font {font} maps codes {codes} to U+0000',
    '31-029': 'the ToUnicode CMap of font {font} maps codes {codes} to U+FEFF or U+FFFE',
}


def inherited(page, key):
    node = page
    seen = set()
    while isinstance(node, Dictionary) and node.objgen not in seen:
        seen.add(node.objgen)
        if key in node:
            return node[key]
        node = node.get('/Parent')
    return None


class ContentChecker:
    """01-003/01-004/01-005, 10-001 and 31-009: one walk through every page's content."""

    def __init__(self, tree, report, collect_text=False):
        self.tree = tree
        self.report = report
        self.fonts = {}
        # With collect_text: (owner objgen, mcid) -> text, and per page the text of each Artifact.
        self.collect_text = collect_text
        self.mcid_text = {}
        self.artifact_text = {}

    def font(self, font):
        key = font.objgen if font.objgen != (0, 0) else id(font)
        if key not in self.fonts:
            self.fonts[key] = FontInfo(font)
        return self.fonts[key]

    def check_page(self, page, number):
        resources = inherited(page, '/Resources')
        try:
            instructions = pikepdf.parse_content_stream(page)
        except pikepdf.PdfError as error:
            self.report.fail('01-005', number, ref(page), f'the page content cannot be read ({error})')
            return
        parents = None
        if '/StructParents' in page and self.tree.root is not None:
            parents = self.tree.parent_tree.get(int(page.StructParents))
        self.walk(instructions, resources, number, page, [], parents, set())

    def walk(self, instructions, resources, number, owner, stack, parents, forms_seen):
        state = {'font': None, 'render': 0}
        saved = []
        owner_ref = ref(owner)
        for instruction in instructions:
            if isinstance(instruction, pikepdf.ContentStreamInlineImage):
                operator, operands = 'INLINE IMAGE', []
            else:
                operator, operands = str(instruction.operator), instruction.operands
            if operator in ('BMC', 'BDC'):
                stack.append(self.marking(operator, operands, resources, number, owner, stack, parents))
                continue
            if operator == 'EMC':
                if stack:
                    self.closed(stack.pop(), number)
                continue
            if operator == 'q':
                saved.append(dict(state))
            elif operator == 'Q' and saved:
                state = saved.pop()
            elif operator == 'Tf' and len(operands) == 2:
                fonts = resources.get('/Font') if isinstance(resources, Dictionary) else None
                font = fonts.get(str(operands[0])) if isinstance(fonts, Dictionary) else None
                state['font'] = self.font(font) if isinstance(font, Dictionary) else None
            elif operator == 'Tr' and operands:
                state['render'] = int(operands[0])
            if operator not in PAINTING:
                continue
            if operator == 'Do':
                xobject = self.xobject(resources, operands)
                if isinstance(xobject, Stream) and xobject.get('/Subtype') == Name.Form:
                    # A form's content sits inside the marked content open where it is drawn (veraPDF
                    # reads it so): an Artifact in a form drawn in tagged content is 01-003.
                    if xobject.objgen not in forms_seen:
                        form_resources = xobject.get('/Resources', resources)
                        form_content = pikepdf.parse_content_stream(xobject)
                        self.walk(form_content, form_resources, number, xobject, list(stack), parents, forms_seen | {xobject.objgen})
                    continue
            if not any(entry in ('artifact', 'tagged') for entry, _ in stack):
                self.report.fail('01-005', number, owner_ref, f'{operator} outside any Artifact or tagged marked content')
            if operator in TEXT_SHOWING:
                self.text(state, operands, number)
                if self.collect_text:
                    self.collect(state, operands, stack)

    def marking(self, operator, operands, resources, number, owner, stack, parents):
        tag = str(operands[0])[1:] if operands else ''
        properties = operands[1] if operator == 'BDC' and len(operands) > 1 else None
        if isinstance(properties, Name):
            named = resources.get('/Properties') if isinstance(resources, Dictionary) else None
            properties = named.get(str(properties)) if isinstance(named, Dictionary) else None
        mcid = properties.get('/MCID') if isinstance(properties, Dictionary) else None
        inside_artifact = any(entry == 'artifact' for entry, _ in stack)
        inside_tagged = any(entry == 'tagged' for entry, _ in stack)
        if tag == 'Artifact':
            if inside_tagged:
                self.report.fail('01-003', number, ref(owner), 'an Artifact inside tagged content')
            return ('artifact', [] if self.collect_text else None)
        if mcid is None:
            actual = properties.get('/ActualText') if isinstance(properties, Dictionary) else None
            if self.collect_text and isinstance(actual, pikepdf.String):
                self.add_text(stack, str(actual))
                return ('actual', None)
            return ('other', None)
        mcid = int(mcid)
        if inside_artifact:
            self.report.fail('01-004', number, ref(owner), f'tagged content (MCID {mcid}) inside an Artifact')
        if (owner.objgen, mcid) not in self.tree.content_refs:
            self.report.fail('01-005', number, ref(owner), f'MCID {mcid} is not referenced by the structure tree')
            return ('unreferenced', mcid)
        if isinstance(owner, Dictionary) and not isinstance(owner, Stream):
            entry = parents[mcid] if isinstance(parents, Array) and mcid < len(parents) else None
            owner_element = self.tree.mcid_owner.get((owner.objgen, mcid))
            if not isinstance(entry, Dictionary) or entry.objgen != owner_element:
                self.report.fail('01-005', number, ref(owner), f'the ParentTree does not lead MCID {mcid} to its structure element')
        return ('tagged', (owner.objgen, mcid))

    def add_text(self, stack, text):
        """Gives text to the innermost open Artifact or tagged sequence, unless an ActualText covers it."""
        for entry, value in reversed(stack):
            if entry == 'actual':
                return
            if entry == 'artifact':
                value.append(text)
                return
            if entry == 'tagged':
                self.mcid_text[value] = self.mcid_text.get(value, '') + text
                return

    def collect(self, state, operands, stack):
        font = state['font']
        if font is None:
            return
        for operand in operands:
            items = list(operand) if isinstance(operand, Array) else [operand]
            for item in items:
                if isinstance(item, pikepdf.String):
                    self.add_text(stack, font.decode(bytes(item)))

    def closed(self, entry, number):
        kind, value = entry
        if kind == 'artifact' and value is not None:
            self.artifact_text.setdefault(number, []).append(''.join(value))

    @staticmethod
    def xobject(resources, operands):
        xobjects = resources.get('/XObject') if isinstance(resources, Dictionary) else None
        if isinstance(xobjects, Dictionary) and operands:
            return xobjects.get(str(operands[0]))
        return None

    def text(self, state, operands, number):
        font = state['font']
        if font is None:
            return
        if state['render'] != 3 and not font.embedded:
            self.report.fail('31-009', number, ref(font.font), f'font {font.font.get("/BaseFont", "?")} is not embedded')
        strings = []
        for operand in operands:
            if isinstance(operand, pikepdf.String):
                strings.append(bytes(operand))
            elif isinstance(operand, Array):
                strings.extend(bytes(item) for item in operand if isinstance(item, pikepdf.String))
        faults = {}
        for code in sorted({code for data in strings for code in font.codes(data)}):
            checkpoint = font.unicode(code)
            if checkpoint is not None:
                faults.setdefault(checkpoint, []).append(code)
        names = [font.font.get(key) for key in ('/BaseFont', '/Name') if isinstance(font.font.get(key), Name)]
        name = str(names[0]) if names else f'({font.subtype[1:]} font)'
        for checkpoint, codes in faults.items():
            shown = ', '.join(f'{code:#x}' for code in codes[:8]) + (', ...' if len(codes) > 8 else '')
            self.report.fail(checkpoint, number, ref(font.font), UNICODE_FAULTS[checkpoint].format(codes=shown, font=name))


def struct_text(path, password):
    """Per page, the text of the structure tree in its order and the text of the Artifacts."""
    report = Report()
    with pikepdf.open(path, password=password or '') as pdf:
        page_numbers = {page.obj.objgen: index + 1 for index, page in enumerate(pdf.pages)}
        tree = StructTree(pdf, page_numbers, report)
        content = ContentChecker(tree, report, collect_text=True)
        for index, page in enumerate(pdf.pages):
            content.check_page(page.obj, index + 1)
        pages = [{'structure': [], 'artifacts': content.artifact_text.get(index + 1, [])} for index in range(len(pdf.pages))]
        for page, owner, mcid in tree.content_order:
            if page is not None and owner is None:
                pages[page - 1]['structure'].append(mcid)
            elif page is not None and (owner, mcid) in content.mcid_text:
                pages[page - 1]['structure'].append(content.mcid_text[(owner, mcid)])
        return {'pages': pages}


def check_file(path, password):
    report = Report()
    with pikepdf.open(path, password=password or '') as pdf:
        page_numbers = {page.obj.objgen: index + 1 for index, page in enumerate(pdf.pages)}
        check_document(pdf, report)
        tree = StructTree(pdf, page_numbers, report)
        check_structure(tree, report)
        content = ContentChecker(tree, report)
        for index, page in enumerate(pdf.pages):
            content.check_page(page.obj, index + 1)
        return {'pages': len(pdf.pages), 'failures': report.as_list()}


USAGE = 'usage: check.py [--password-file PATH] [--struct-text] FILE.pdf [FILE.pdf ...] (--help for more)'


def main(argv):
    password = None
    files = []
    text_only = False
    arguments = iter(argv)
    for argument in arguments:
        if argument in ('-h', '--help'):
            print(__doc__)
            return 0
        if argument == '--struct-text':
            text_only = True
        elif argument == '--password-file':
            path = next(arguments, None)
            if path is None:
                print(f'check.py: --password-file needs a path\n{USAGE}', file=sys.stderr)
                return 2
            try:
                with open(path, encoding='utf-8') as handle:
                    password = handle.read().rstrip('\n')
            except (OSError, UnicodeDecodeError) as error:
                print(f'check.py: cannot read the password file ({type(error).__name__})', file=sys.stderr)
                return 2
        elif argument.startswith('-') and argument != '-':
            print(f'check.py: unknown option {argument}\n{USAGE}', file=sys.stderr)
            return 2
        else:
            files.append(argument)
    if not files:
        print(USAGE, file=sys.stderr)
        return 2
    results = {}
    unreadable = False
    for path in files:
        try:
            results[path] = (struct_text if text_only else check_file)(path, password)
        except (pikepdf.PdfError, pikepdf.PasswordError, OSError) as error:
            results[path] = {'error': f'{type(error).__name__}: cannot read the PDF'}
            unreadable = True
    json.dump({'files': results} if text_only else {'checkpoints': CHECKPOINTS, 'files': results}, sys.stdout, indent=1)
    sys.stdout.write('\n')
    if unreadable:
        return 2
    if text_only:
        return 0
    return 1 if any(result.get('failures') for result in results.values()) else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
