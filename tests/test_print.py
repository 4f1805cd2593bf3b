"""Printing, in Chromium: every page prints without its navigation and quick
exit, with link addresses and the help contacts; each guide's and help card's
print view fits one A4 page, and its QR code reads back as the page's address;
a guide's contact lines each have their colon."""

import io

import cv2
import numpy
import pytest
from django.conf import settings
from django.utils import translation
from pypdf import PdfReader

from content.contacts.models import HelpCard
from content.core.seed import load
from content.core.seed.content import SEED
from content.guides.models import Guide
from tests.support import require_chromium
from tests.urls import public_urls

require_chromium()

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def print_views(language):
    """(print view, the page it prints) for every guide and help card."""
    return print_views_of(Guide, language) + print_views_of(HelpCard, language)


def print_views_of(model, language):
    with translation.override(language):
        items = model.objects.published()
        return [(item.get_print_url(), item.get_absolute_url()) for item in items]


def read_qr(png):
    """The text of the QR code in a PNG ('' if none is read). OpenCV's two
    detectors, at two sizes: one alone now and then misses a code that is fine."""
    image = cv2.imdecode(numpy.frombuffer(png, numpy.uint8), cv2.IMREAD_GRAYSCALE)
    larger = cv2.resize(image, None, fx=2, fy=2, interpolation=cv2.INTER_NEAREST)
    for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        for candidate in (image, larger):
            text = detector.detectAndDecode(candidate)[0]
            if text:
                return text
    return ""


# What follows each contact's name in a guide's "Whom to call", to the first link.
CONTACT_LINES_JS = """() => [...document.querySelectorAll(".hp-sheet__contacts li")].map((li) => {
  const name = li.querySelector("strong");
  let text = name.textContent;
  for (let node = name.nextSibling; node && node.nodeName !== "A"; node = node.nextSibling) {
    text += node.textContent;
  }
  return text;
})"""


@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_print_view_is_one_a4_sheet_with_a_qr_code_to_its_page(
    browser, live_server, language
):
    """Every print view prints on one A4 page, as it promises: a guide, with
    the duties it must state (issue 18), in smaller type and three columns."""
    load(SEED)
    views = print_views(language)
    assert len(views) == 13
    context = browser.new_context(device_scale_factor=3)
    page = context.new_page()
    failures = []
    guides = {guide_url for guide_url, _page in print_views_of(Guide, language)}
    assert len(guides) == 5
    for print_url, page_url in views:
        page.goto(live_server.url + print_url)
        qr = page.locator("svg.hp-qr")
        if qr.count() != 1:
            failures.append(f"{print_url}: {qr.count()} QR codes, not one")
            continue
        decoded = read_qr(qr.screenshot())
        if decoded != settings.SITE_URL + page_url:
            failures.append(f"{print_url}: the QR code reads {decoded!r}, not its page")
        pages = len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages)
        if pages > 1:
            failures.append(f"{print_url}: prints on {pages} A4 pages, not one")
        if print_url in guides:
            lines = page.evaluate(CONTACT_LINES_JS)
            if not lines:
                failures.append(f"{print_url}: no contact lines")
            failures += [
                f"{print_url}: no colon after {line!r}" for line in lines if ":" not in line
            ]
    context.close()
    assert not failures, "\n".join(failures)


def test_a_long_guide_is_measured_not_assumed(browser, live_server):
    """The page count is read from the PDF: a guide far longer than one page
    prints on more than one."""
    load(SEED)
    guide = Guide.objects.get(slug_nb="helse")
    guide.signs_nb = "\n".join([guide.signs_nb] * 20)
    guide.save()
    page = browser.new_page()
    page.goto(live_server.url + guide.get_print_url())
    assert len(PdfReader(io.BytesIO(page.pdf(format="A4"))).pages) > 1
    page.close()


PRINTED_JS = """() => {
  const shown = (sel) => [...document.querySelectorAll(sel)].some((el) => el.checkVisibility());
  const external = [...document.querySelectorAll('main a[href^="http"], footer a[href^="http"]')]
    .filter((a) => a.checkVisibility() && !a.closest(".hp-sheet"));
  return {
    nav: shown(".hp-nav"),
    exit: shown("[data-exit]"),
    skip: shown(".hp-skip-link"),
    language: shown(".hp-lang"),
    contacts: shown('.hp-footer a[href^="tel:"]') || shown('.hp-sheet a[href^="tel:"]'),
    addresses: external.every((a) => getComputedStyle(a, "::after").content.includes(a.href)),
  };
}"""


@pytest.mark.full  # every page printed in Chromium (15 s a language)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_every_page_prints_without_navigation_and_with_contacts(browser, live_server, language):
    load(SEED)
    page = browser.new_page()
    page.emulate_media(media="print")
    failures = []
    urls = public_urls(language)
    for url in urls:
        page.goto(live_server.url + url)
        printed = page.evaluate(PRINTED_JS)
        for part in ("nav", "exit", "skip", "language"):
            if printed[part]:
                failures.append(f"{url}: the {part} shows in print")
        if not printed["contacts"]:
            failures.append(f"{url}: no help contact in print")
        if not printed["addresses"]:
            failures.append(f"{url}: a link's address is not printed")
    page.close()
    assert len(urls) > 30
    assert not failures, "\n".join(failures)
