"""A help card's contacts as a vCard 4.0 file (RFC 6350), written by hand:
the format is short, and every byte of it is ours to check."""

LINE_LIMIT = 75  # octets, without the line break (RFC 6350 section 3.2)


def escape(text):
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line):
    """Lines longer than 75 octets continue on the next after a space, never
    inside a UTF-8 character."""
    parts, current = [], b""
    for char in line:
        encoded = char.encode()
        limit = LINE_LIMIT if not parts else LINE_LIMIT - 1
        if len(current) + len(encoded) > limit:
            parts.append(current)
            current = b""
        current += encoded
    parts.append(current)
    return "\r\n ".join(part.decode() for part in parts)


def vcard(name, tel, language):
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        "KIND:org",
        f"FN;LANGUAGE={language}:{escape(name)}",
        f"ORG;LANGUAGE={language}:{escape(name)}",
        f"TEL;VALUE=uri;TYPE=voice:tel:{tel}",
        "END:VCARD",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def card_vcard(card):
    """One vCard per contact with a number on the card, under its plain name:
    nothing on the phone says what the numbers are for."""
    return "".join(
        vcard(item["name"], item["contact"].phone_tel, card.language_code)
        for item in card.help_list()
        if item["contact"].phone
    )
