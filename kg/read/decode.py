"""Bytes to text: byte-order marks, UTF-8, UTF-16, GB18030/GBK and Big5.

Binary files (images, archives, PDFs, executables) are recognised and refused
with a message that says what they look like.
"""

from __future__ import annotations

import codecs

from kg.errors import InputError

# Signatures of binary formats people may hand us by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (not a Word .docx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"RIFF", "a RIFF media file"),
)

SUPPORTED = "Markdown (.md), plain text (.txt), HTML (.html), LaTeX (.tex), jemdoc, PDF with a text layer (.pdf), Word (.docx), BibTeX (.bib), JSON Resume and ORCID record JSON (.json)"

# Characters that are very common in Chinese prose, in simplified and traditional
# forms; used to choose between GB18030 and Big5 when both decode.
_COMMON_SIMPLIFIED = set(
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可"
    "她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已"
    "老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力"
    "机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军"
    "产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常"
    "提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服"
    "毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言"
    "权往展该领传近留红治决周保达办运武半候七必城父强步完革深区准病格千基研究项目经历奖学校导师论"
)
_COMMON_TRADITIONAL = set(
    "的一是不了人我在有他這中大來上國個到說們為子和你地出道也時年得就那要下以生會自著去之過家學對可"
    "她裡後小麼心多天而能好都然沒日於起還發成事只作當想看文無開手十用主行方又如前所本見經頭面公同三已"
    "老從動兩長知民樣現分將外但身些與高意進把法此實回二理美點月明其種聲全工己話兒者向情部正名定女問力"
    "機給等幾很業最間新什打便位因重被走電四第門相次東政海口使教西再平真聽世氣信北少關並內加化由卻代軍"
    "產入先山五太水萬市眼體別處總才場師書比住員九笑性通目華報立馬命張活難神數件安表原車白應路期叫死常"
    "研究項目經歷獎學校導師論"
)


def sniff_binary(data: bytes) -> str | None:
    """Say what kind of binary file ``data`` is, or None if it may be text.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'a PDF document'
    >>> sniff_binary("简历".encode("utf-8")) is None
    True
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: many NULs on one side of the byte pairs."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _cjk_score(text: str, common: set[str]) -> float:
    cjk = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(1 for c in cjk if c in common) / len(cjk)


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)`` or raise InputError.

    >>> decode("教育经历".encode("gb18030"), "cv.txt")
    ('教育经历', 'gb18030')
    >>> decode(codecs.BOM_UTF8 + b"Hi", "cv.md")
    ('Hi', 'utf-8-sig')
    """
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", path), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF32_LE) or data.startswith(codecs.BOM_UTF32_BE):
        return _strict(data, "utf-32", path), "utf-32"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", path), "utf-16"
    what = sniff_binary(data)
    if what:
        raise InputError(path, f"looks like {what}, not a text profile (supported: {SUPPORTED})")
    utf16 = _looks_utf16(data)
    if utf16:
        return _strict(data, utf16, path), utf16
    if b"\x00" in data:
        raise InputError(path, f"contains NUL bytes: a binary file, not a text profile (supported: {SUPPORTED})")
    try:
        text = data.decode("utf-8")
        return text, "utf-8"
    except UnicodeDecodeError as err:
        utf8_error = err
    candidates: list[tuple[float, str, str]] = []
    for enc, common in (("gb18030", _COMMON_SIMPLIFIED), ("big5", _COMMON_TRADITIONAL)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_cjk_score(text, common), enc, text))
    if candidates:
        candidates.sort(key=lambda c: (-c[0], c[1]))
        score, enc, text = candidates[0]
        if score > 0.05 or not any(c >= "\u4e00" for c in text):
            return text, enc
    raise InputError(
        path,
        f"cannot decode: not UTF-8 (bad byte at offset {utf8_error.start}), UTF-16, GB18030 or Big5",
    )


def _strict(data: bytes, enc: str, path: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as err:
        raise InputError(path, f"cannot decode as {enc}: bad byte at offset {err.start}") from None
