"""How many SMS segments a text takes, counted as a phone counts them.

GSM 03.38: a text of only GSM-7 characters takes 160 septets in one segment,
153 a segment when split (the rest is the joining header); a character of the
extension table (€, [, ], {, }, ...) takes two septets, which a phone never
splits across segments. One character outside GSM-7 and the whole text is
UCS-2: 70 UTF-16 units in one segment, 67 a segment when split, a surrogate
pair never split. No well-kept Python library does only this, so it is here."""

from dataclasses import dataclass

GSM7_BASIC = (
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = "\f^{}\\[~]|€"


@dataclass(frozen=True)
class SmsLength:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def _segments(unit_sizes, single, part):
    total = sum(unit_sizes)
    if total == 0:
        return 0
    if total <= single:
        return 1
    segments, used = 1, 0
    for size in unit_sizes:
        if used + size > part:
            segments, used = segments + 1, 0
        used += size
    return segments


def sms_length(text):
    if all(c in GSM7_BASIC or c in GSM7_EXTENSION for c in text):
        sizes = [2 if c in GSM7_EXTENSION else 1 for c in text]
        return SmsLength("GSM-7", sum(sizes), _segments(sizes, 160, 153))
    sizes = [len(c.encode("utf-16-le")) // 2 for c in text]
    return SmsLength("UCS-2", sum(sizes), _segments(sizes, 70, 67))


def max_units(encoding, segments):
    single, part = (160, 153) if encoding == "GSM-7" else (70, 67)
    return single if segments == 1 else part * segments
