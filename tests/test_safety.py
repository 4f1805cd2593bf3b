"""A safe place to look for help: quick exit, help contacts, checklist, privacy."""

import re
import urllib.request

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from content.contacts.models import HelpContact, Situation
from content.core import references
from content.indicators.models import Guidance, Indicator
from tests.support import served, wait_until

TEL = re.compile(r'href="(tel:[^"]*)"')


# -- Quick exit -----------------------------------------------------------------


def test_every_page_has_the_exit_link_first_after_the_skip_link(crawl):
    for url, page in crawl.items():
        html = page.html
        links = re.findall(r"<a\b[^>]*>", html[html.index("<body") :])
        assert 'href="#main-content"' in links[0], url
        assert f'href="{settings.QUICK_EXIT_URL}"' in links[1] and "data-exit" in links[1], url
        assert f'href="{settings.QUICK_EXIT_URL}"' in links[2] and "data-exit" in links[2], url
        assert "hp-exit__button" in links[2]


def test_the_500_page_has_the_same_quick_exit_without_the_database(client, seed):
    """The browse-safely page promises a quick exit on every page: the error
    page too, rendered as Django renders it (no request, no context
    processors) and without a query, since the database may be why it shows."""
    from django.views.defaults import server_error

    request = client.get("/").wsgi_request
    for code in ("nb", "en"):
        with translation.override(code), CaptureQueriesContext(connection) as queries:
            response = server_error(request)
            browse_safely = reverse("pages:browse-safely")
        assert response.status_code == 500
        assert len(queries) == 0, [q["sql"] for q in queries]
        html = response.content.decode()
        links = re.findall(r"<a\b[^>]*>", html[html.index("<body") :])
        assert 'href="#main-content"' in links[0]
        assert f'href="{settings.QUICK_EXIT_URL}"' in links[1] and "data-exit" in links[1]
        assert f'href="{settings.QUICK_EXIT_URL}"' in links[2] and "hp-exit__button" in links[2]
        assert f'href="{browse_safely}"' in links[3]
        # Shift pressed three times works here too: the site's script is loaded.
        assert "js/site.js" in html and 'data-module="hp-exit"' in html
    with translation.override("nb"):
        assert "Forlat siden" in server_error(request).content.decode()


def test_the_neutral_site_is_a_setting(client, seed, settings):
    settings.QUICK_EXIT_URL = "https://www.nrk.no/"
    html = client.get("/").content.decode()
    assert html.count('href="https://www.nrk.no/"') == 2


def test_browse_safely_is_linked_beside_the_exit(client, seed):
    html = client.get("/en/").content.decode()
    bar = html[html.index('class="hp-exit"') : html.index("</div>", html.index('class="hp-exit"'))]
    with translation.override("en"):
        assert f'href="{reverse("pages:browse-safely")}"' in bar


# -- Help page ------------------------------------------------------------------


def test_phone_links_are_well_formed_on_every_page(crawl):
    for url, page in crawl.items():
        for href in TEL.findall(page.html):
            # +47 and eight digits; or a short number: 112, 02800, 116 111
            assert re.fullmatch(r"tel:(\+47[2-9]\d{7}|\d{3,5}|116\d{3})", href), (url, href)


def test_help_page_lists_every_contact_with_the_emergency_number_first(client, seed):
    with translation.override("en"):
        html = client.get(reverse("contacts:index")).content.decode()
    contacts = list(HelpContact.objects.published())
    assert contacts[0].is_emergency
    cards = html[html.index('id="all-contacts"') :]
    positions = [cards.index(f'id="contact-{c.pk}"') for c in contacts]
    assert positions == sorted(positions)
    assert cards.index('href="tel:112"') < cards.index('href="tel:+4722331160"')
    for contact in contacts:
        card = cards[positions[contacts.index(contact)] :]
        with translation.override("en"):
            assert references.render(contact.when_to_use) in card
        if contact.email:
            assert f'href="mailto:{contact.email}"' in card
        if contact.web_url:
            assert contact.web_url in card
    assert "You can stay anonymous" in cards
    assert "Opening hours: <span>24 hours a day</span>" in cards


def test_who_to_contact_guide_leads_to_contacts_on_the_page(client, seed):
    html = client.get(reverse("contacts:index")).content.decode()
    guide = html[html.index('id="who-to-contact"') : html.index('id="all-contacts"')]
    situations = list(Situation.objects.published())
    assert len(situations) >= 4
    for situation in situations:
        assert situation.situation in guide
        assert f'href="#contact-{situation.contact_id}"' in guide
        assert f'id="contact-{situation.contact_id}"' in html
    assert guide.index("tel:112") < guide.index("tel:02800")


def test_guide_leaves_out_situations_of_unpublished_contacts(client, seed):
    rosa = HelpContact.objects.get(phone="22 33 11 60")
    rosa.is_published = False
    rosa.save()
    html = client.get(reverse("contacts:index")).content.decode()
    for situation in Situation.objects.filter(contact=rosa):
        assert situation.situation not in html


# -- Signs checklist ------------------------------------------------------------


def _post_checklist(client, signs, language="nb"):
    with translation.override(language):
        url = reverse("indicators:guidance")
    return client.post(url, {"signs": [str(s) for s in signs]})


def test_checklist_is_a_post_form_of_every_sign(client, seed):
    html = client.get(reverse("indicators:index")).content.decode()
    form = re.search(r"<form\b[^>]*>", html).group(0)
    assert 'method="post"' in form and f'action="{reverse("indicators:guidance")}"' in form
    for indicator in Indicator.objects.published():
        assert f'name="signs" value="{indicator.pk}"' in html
    assert "csrfmiddlewaretoken" not in html


def test_guidance_depends_on_how_many_signs(client, seed):
    indicators = list(Indicator.objects.published().exclude(guidance__isnull=False))
    cases = {0: "guidance-none", 2: "guidance-few", 4: "guidance-several"}
    for count in cases:
        response = _post_checklist(client, [i.pk for i in indicators[:count]])
        assert response.status_code == 200
        text = response.content.decode()
        shown = [g for g in Guidance.objects.published() if g.title in text]
        assert len(shown) == 1, (count, [g.title for g in shown])
        assert (shown[0].min_signs <= count) and (
            shown[0].max_signs is None or count <= shown[0].max_signs
        )
        for indicator in indicators[:count]:
            assert indicator.text in text


def test_guidance_depends_on_which_signs(client, seed):
    specific = Guidance.objects.published().exclude(indicator=None).first()
    others = Indicator.objects.published().exclude(pk=specific.indicator_id)
    without = _post_checklist(client, [i.pk for i in others[:3]]).content.decode()
    assert specific.title not in without
    with_it = _post_checklist(client, [specific.indicator_id]).content.decode()
    assert specific.title in with_it


def test_checklist_answer_is_not_stored_cached_or_cookied(client, seed):
    csrf_client = Client(enforce_csrf_checks=True)
    ids = list(Indicator.objects.published().values_list("pk", flat=True)[:3])
    with CaptureQueriesContext(connection) as queries:
        response = _post_checklist(csrf_client, ids)
    assert response.status_code == 200
    assert all(q["sql"].lstrip().upper().startswith("SELECT") for q in queries), queries
    assert len(queries) <= 6
    assert "no-store" in response.headers["Cache-Control"]
    assert not response.cookies and "Set-Cookie" not in response.headers
    assert "?" not in response.wsgi_request.get_full_path()


def test_checklist_works_in_english(client, seed):
    ids = list(Indicator.objects.published().values_list("pk", flat=True)[:4])
    response = _post_checklist(client, ids, "en")
    assert '<html lang="en" dir="ltr">' in response.content.decode()
    assert "You ticked 4 of" in response.content.decode()


def test_bad_checklist_input_gets_a_clear_message_in_the_visitors_language(client, seed):
    for bad in (["abc"], ["999999"], ["1; DROP TABLE"], [""]):
        nb = _post_checklist(client, bad)
        assert nb.status_code == 400, bad
        assert "Ett av tegnene du sendte" in nb.content.decode()
        en = _post_checklist(client, bad, "en")
        assert "One of the signs you sent is not on the list" in en.content.decode()
        assert 'name="signs"' in en.content.decode()


def test_valid_ticks_are_kept_when_the_answer_has_an_error(client, seed):
    good = Indicator.objects.published().first()
    response = _post_checklist(client, [good.pk, "nonsense"])
    assert response.status_code == 400
    assert re.search(
        rf'value="{good.pk}" id="sign-{good.pk}"[^>]* checked', response.content.decode()
    )


def test_opening_the_answer_address_directly_starts_the_checklist(client, seed):
    response = client.get(reverse("indicators:guidance"))
    assert response.status_code == 302
    assert response.headers["Location"] == reverse("indicators:index")


# -- Privacy --------------------------------------------------------------------


def test_access_log_keeps_no_query_string_and_no_address(tmp_path, transactional_db):
    """Serve with the real gunicorn configuration and read what it logs."""
    log = tmp_path / "access.log"
    with served(workers=1, access_log=log, ready="/robots.txt") as base:
        request = urllib.request.Request(
            f"{base}/robots.txt?secret-search=trafficking",
            headers={"X-Forwarded-For": "203.0.113.9", "Referer": "http://x/?who=me"},
        )
        urllib.request.urlopen(request, timeout=5).read()
        # gunicorn writes the line after the response
        written = wait_until(lambda: "/robots.txt" in log.read_text() and log.read_text())
    assert "/robots.txt" in written
    assert "secret-search" not in written and "who=me" not in written
    assert "127.0.0.1" not in written and "203.0.113.9" not in written
