"""What makes editing safe: preview on the site, stale translations flagged,
help-contact changes alerted, the editors' front page, the admin in Bokmål."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.contrib.auth.models import Group, Permission, User
from django.test import Client
from django.utils import timezone

from content.contacts.models import ContactChange, HelpContact
from content.courses.models import CourseInquiry
from content.editorial.models import TranslationStamp
from content.facts.models import Statistic
from content.myths.models import Myth
from content.sectors.models import Sector


@pytest.fixture
def editor(seed):
    user = User.objects.create_user("kari", password="a long pass phrase", is_staff=True)
    user.groups.add(Group.objects.get(name="editors"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def form_data(obj, fields, **changes):
    """The change form's data for `obj` (translated `fields` in both languages)."""
    data = {"is_published": "on" if obj.is_published else "", "sort_order": obj.sort_order}
    for field in fields:
        for code in ("nb", "en"):
            data[f"{field}_{code}"] = getattr(obj, f"{field}_{code}") or ""
    return {**data, **changes}


def myth_form(myth, **changes):
    return form_data(myth, ["myth", "fact"], **changes)


def preview_url(obj, language="nb"):
    opts = obj._meta
    return f"/admin/{opts.app_label}/{opts.model_name}/{obj.pk}/preview/?language={language}"


# -- Preview ------------------------------------------------------------------------


def test_preview_shows_an_unpublished_item_to_staff_and_keeps_it_unpublished(editor_client):
    myth = Myth.objects.first()
    Myth.objects.filter(pk=myth.pk).update(is_published=False)
    assert myth.myth_nb not in Client().get("/myter/").content.decode()

    response = editor_client.get(preview_url(myth))
    html = response.content.decode()
    assert response.status_code == 200
    assert myth.myth_nb in html
    assert 'class="hp-preview"' in html
    assert "Dette er ikke publisert" in html
    assert '<meta name="robots" content="noindex">' in html
    assert "no-store" in response["Cache-Control"]
    assert "noindex" in response["X-Robots-Tag"]
    myth.refresh_from_db()
    assert not myth.is_published


def test_preview_shows_unsaved_changes_and_saves_nothing(editor_client, mailoutbox):
    myth = Myth.objects.first()
    versions_before = myth.updated_at
    stamps_before = list(TranslationStamp.objects.values_list("pk", "changed_at"))
    data = myth_form(myth, myth_nb="En helt ny myte, ikke lagret", myth_en="A new myth")
    response = editor_client.post(preview_url(myth, "en"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "A new myth" in html
    assert 'lang="en"' in html
    assert "They are not saved yet" in html or "ikke lagret ennå" in html
    myth.refresh_from_db()
    assert myth.myth_nb != "En helt ny myte, ikke lagret"
    assert myth.updated_at == versions_before
    # The preview's save is rolled back, its stamps too.
    assert list(TranslationStamp.objects.values_list("pk", "changed_at")) == stamps_before


def test_a_preview_changes_no_cached_page_and_no_content_version(
    editor_client, django_capture_on_commit_callbacks
):
    from content.pagecache import middleware as pagecache
    from content.search.models import SearchEntry

    myth = Myth.objects.published().first()
    visitor = Client()
    cached = visitor.get("/myter/").content
    version = pagecache.content_version()
    index = list(SearchEntry.objects.values_list("pk", "text"))
    data = myth_form(myth, myth_nb="En forhåndsvist myte", myth_en="A previewed myth")
    # Every callback the preview leaves for a commit is run: there must be none
    # that touches what visitors get.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(preview_url(myth), data)
    assert "En forhåndsvist myte" in response.content.decode()
    assert pagecache.content_version() == version
    assert visitor.get("/myter/").content == cached
    assert list(SearchEntry.objects.values_list("pk", "text")) == index

    # A real save does change them.
    with django_capture_on_commit_callbacks(execute=True):
        myth.myth_nb = "En lagret myte"
        myth.save()
    assert pagecache.content_version() != version
    assert "En lagret myte" in visitor.get("/myter/").content.decode()


def _fields(form, data):
    for name in form.fields:
        value = form[name].value()
        if value is None or value is False:
            continue
        data[form.add_prefix(name)] = "on" if value is True else value


def change_form_data(client, url):
    """What the browser would post from the change page as it is."""
    context = client.get(url).context
    data = {}
    _fields(context["adminform"].form, data)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        _fields(formset.management_form, data)
        for form in formset.forms:
            _fields(form, data)
    return data


def test_preview_of_a_page_with_its_sections_unsaved(editor_client):
    from content.core.models import Page

    page = Page.objects.filter(sections__isnull=False).first()
    section = page.sections.first()
    data = change_form_data(editor_client, f"/admin/core/page/{page.pk}/change/")
    field = next(k for k, v in data.items() if v == section.title_nb)
    data[field] = "En ny del, ikke lagret"
    response = editor_client.post(preview_url(page), data)
    assert response.status_code == 200
    assert "En ny del, ikke lagret" in response.content.decode()
    section.refresh_from_db()
    assert section.title_nb != "En ny del, ikke lagret"


def test_previewing_a_contact_change_alerts_nobody(
    editor_client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.STAFF_ALERT_EMAILS = ["vakt@example.org"]
    contact = HelpContact.objects.exclude(phone="").first()
    changes = ContactChange.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            preview_url(contact), contact_form(contact, phone="99 99 99 99")
        )
    assert response.status_code == 200
    assert "99 99 99 99" in response.content.decode()
    assert not mailoutbox
    assert ContactChange.objects.count() == changes
    contact.refresh_from_db()
    assert contact.phone != "99 99 99 99"


def test_preview_of_an_invalid_form_says_what_to_fix(editor_client):
    myth = Myth.objects.first()
    response = editor_client.post(preview_url(myth), myth_form(myth, myth_nb=""))
    assert response.status_code == 200
    assert "Rett opp dette før du forhåndsviser" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_preview_of_a_detail_page_and_a_list_page(editor_client):
    sector = Sector.objects.first()
    Sector.objects.filter(pk=sector.pk).update(is_published=False)
    response = editor_client.get(preview_url(sector))
    assert response.status_code == 200
    assert sector.name_nb in response.content.decode()
    statistic = Statistic.objects.first()
    response = editor_client.get(preview_url(statistic, "en"))
    assert response.status_code == 200
    assert 'class="hp-preview"' in response.content.decode()


def test_every_change_page_offers_the_preview(editor_client):
    myth = Myth.objects.first()
    html = editor_client.get(f"/admin/myths/myth/{myth.pk}/change/").content.decode()
    assert f'formaction="{preview_url(myth)}#myth-{myth.pk}"' in html
    assert "Forhåndsvis på nettstedet" in html


def test_visitors_never_reach_a_preview(seed, client, settings):
    myth = Myth.objects.first()
    url = preview_url(myth)
    # Twice: the second could come from the page cache.
    assert client.get(url).status_code == 404
    assert client.get(url).status_code == 404
    assert client.post(url, myth_form(myth)).status_code == 404


def test_a_cached_answer_never_serves_a_preview(editor_client, seed):
    myth = Myth.objects.first()
    assert editor_client.get(preview_url(myth)).status_code == 200
    visitor = Client()
    assert visitor.get(preview_url(myth)).status_code == 404
    assert 'class="hp-preview"' not in visitor.get("/myter/").content.decode()


def test_staff_without_permission_to_view_get_404(seed, client):
    user = User.objects.create_user("ola", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_statistic"))
    client.force_login(user)
    assert client.get(preview_url(Myth.objects.first())).status_code == 404
    assert client.get(preview_url(Statistic.objects.first())).status_code == 200


# -- Stale translations -----------------------------------------------------------


def test_a_bokmal_change_flags_the_english_until_it_is_updated(editor_client):
    myth = Myth.objects.first()
    url = f"/admin/myths/myth/{myth.pk}/change/"
    assert editor_client.post(url, myth_form(myth, fact_nb="Ny fakta.")).status_code == 302

    listing = editor_client.get("/admin/myths/myth/").content.decode()
    assert "Engelsk er eldre enn norsk bokmål" in listing
    flagged = editor_client.get("/admin/myths/myth/?translation=stale")
    assert list(flagged.context["cl"].result_list) == [myth]
    assert "Engelsk er eldre enn norsk bokmål" in editor_client.get(url).content.decode()

    myth.refresh_from_db()
    assert editor_client.post(url, myth_form(myth, fact_en="New fact.")).status_code == 302
    assert "Engelsk er eldre" not in editor_client.get("/admin/myths/myth/").content.decode()
    assert not editor_client.get("/admin/myths/myth/?translation=stale").context["cl"].result_count


def test_an_editor_can_say_the_english_still_holds(editor_client):
    myth = Myth.objects.first()
    url = f"/admin/myths/myth/{myth.pk}/change/"
    editor_client.post(url, myth_form(myth, myth_nb="Endret myte"))
    myth.refresh_from_db()
    assert "still_holds_en" in editor_client.get(url).content.decode()
    editor_client.post(url, myth_form(myth, still_holds_en="on"))
    assert "Engelsk er eldre" not in editor_client.get(url).content.decode()
    assert "still_holds_en" not in editor_client.get(url).content.decode()


def test_saving_english_alone_or_both_flags_nothing(editor_client):
    myth = Myth.objects.first()
    url = f"/admin/myths/myth/{myth.pk}/change/"
    editor_client.post(url, myth_form(myth, myth_nb="Begge endret", myth_en="Both changed"))
    assert not editor_client.get("/admin/myths/myth/?translation=stale").context["cl"].result_count


def test_the_list_action_confirms_translations(editor_client):
    myth = Myth.objects.first()
    editor_client.post(f"/admin/myths/myth/{myth.pk}/change/", myth_form(myth, fact_nb="Ny."))
    editor_client.post(
        "/admin/myths/myth/",
        {"action": "confirm_translations", "_selected_action": [myth.pk]},
    )
    assert not editor_client.get("/admin/myths/myth/?translation=stale").context["cl"].result_count


# -- Help contact alerts ------------------------------------------------------------


def contact_form(contact, **changes):
    data = form_data(contact, ["name", "when_to_use", "hours"])
    data.update(
        key=contact.key,
        last_checked=contact.last_checked or "",
        phone=contact.phone,
        web_url=contact.web_url,
        email=contact.email,
        anonymity=contact.anonymity,
        editor_note=contact.editor_note,
        is_emergency="on" if contact.is_emergency else "",
    )
    data.update({"situations-TOTAL_FORMS": 0, "situations-INITIAL_FORMS": 0})
    return {**data, **changes}


def test_a_changed_number_is_emailed_with_before_and_after(
    editor_client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.STAFF_ALERT_EMAILS = ["vakt@example.org"]
    contact = HelpContact.objects.exclude(phone="").first()
    old_phone = contact.phone
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            f"/admin/contacts/helpcontact/{contact.pk}/change/",
            contact_form(contact, phone="22 33 44 55"),
        )
    assert response.status_code == 302
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == ["vakt@example.org"]
    assert contact.name in mail.subject
    assert f"{old_phone} → 22 33 44 55" in mail.body
    assert "kari" in mail.body
    change = ContactChange.objects.get(contact=contact, kind=ContactChange.Kind.CHANGED)
    assert change.changes == [{"field": "phone", "before": old_phone, "after": "22 33 44 55"}]


def test_unpublishing_a_contact_is_alerted_and_shown_on_the_front_page(
    editor_client, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.STAFF_ALERT_EMAILS = ["vakt@example.org"]
    contact = HelpContact.objects.first()
    with django_capture_on_commit_callbacks(execute=True):
        contact.is_published = False
        contact.save()
    assert "ja → nei" in mailoutbox[0].body
    home = editor_client.get("/admin/").content.decode()
    assert "Endringer i hjelpetilbud siste uke" in home
    assert f"{contact.name}: endret" in home
    listed = editor_client.get(re.search(r'href="([^"]*changed_at__gte=[^"]*)"', home)[1])
    assert listed.status_code == 200
    assert contact.name in listed.content.decode()
    change = ContactChange.objects.filter(contact=contact).first()
    page = editor_client.get(f"/admin/contacts/contactchange/{change.pk}/change/")
    assert "publisert: ja → nei" in page.content.decode()
    # A week later it has left the front page (the record stays).
    ContactChange.objects.update(changed_at=timezone.now() - timedelta(days=8))
    assert f"{contact.name}: endret" not in editor_client.get("/admin/").content.decode()


def test_mail_trouble_is_logged_and_the_change_kept(
    editor, settings, django_capture_on_commit_callbacks, caplog
):
    settings.STAFF_ALERT_EMAILS = ["vakt@example.org"]
    contact = HelpContact.objects.first()
    with (
        mock.patch("content.contacts.alerts.send_mail", side_effect=OSError("smtp down")),
        django_capture_on_commit_callbacks(execute=True),
    ):
        contact.hours_nb = "Hele døgnet"
        contact.save()
    contact.refresh_from_db()
    assert contact.hours_nb == "Hele døgnet"
    assert "Could not send the alert" in caplog.text


def test_a_change_nobody_acts_on_is_not_alerted(seed, mailoutbox, settings):
    settings.STAFF_ALERT_EMAILS = ["vakt@example.org"]
    contact = HelpContact.objects.first()
    before = ContactChange.objects.count()
    contact.sort_order += 1
    contact.save()
    assert ContactChange.objects.count() == before


# -- The editors' front page --------------------------------------------------------


def test_front_page_has_the_site_name_and_new_inquiries(editor_client):
    CourseInquiry.objects.create(
        name="Kari", organisation="Legevakta", email="k@example.org", role="Lege"
    )
    html = editor_client.get("/admin/").content.decode()
    assert "<title>Dette trenger en redaktør nå | Hope for Justice Norge</title>" in html
    assert "Django" not in html
    assert "Nye kursforespørsler" in html
    assert "Kari, Legevakta" in html
    assert "/admin/courses/courseinquiry/?status__exact=new" in html


def test_front_page_lists_stale_translations_with_a_link_to_the_filtered_list(editor_client):
    myth = Myth.objects.first()
    editor_client.post(f"/admin/myths/myth/{myth.pk}/change/", myth_form(myth, fact_nb="Ny."))
    html = editor_client.get("/admin/").content.decode()
    assert "/admin/myths/myth/?translation=stale" in html
    assert f"/admin/myths/myth/{myth.pk}/change/" in html


def test_front_page_lists_an_item_once_due_and_drops_it_once_checked(editor_client):
    contact = HelpContact.objects.first()
    HelpContact.objects.update(last_checked=timezone.now().date())
    html = editor_client.get("/admin/").content.decode()
    assert f"/admin/contacts/helpcontact/{contact.pk}/change/" not in html
    HelpContact.objects.filter(pk=contact.pk).update(
        last_checked=timezone.now().date() - timedelta(days=3650)
    )
    html = editor_client.get("/admin/").content.decode()
    assert f"/admin/contacts/helpcontact/{contact.pk}/change/" in html
    assert "/admin/contacts/helpcontact/?check=due" in html
    listed = editor_client.get("/admin/contacts/helpcontact/?check=due").context["cl"]
    assert list(listed.result_list) == [contact]
    HelpContact.objects.filter(pk=contact.pk).update(last_checked=timezone.now().date())
    html = editor_client.get("/admin/").content.decode()
    assert f"/admin/contacts/helpcontact/{contact.pk}/change/" not in html


def test_front_page_follows_the_last_checked_date(editor_client):
    contact = HelpContact.objects.first()
    HelpContact.objects.update(last_checked=timezone.now().date())
    assert f"helpcontact/{contact.pk}/change/" not in editor_client.get("/admin/").content.decode()
    HelpContact.objects.filter(pk=contact.pk).update(
        last_checked=timezone.now().date() - timedelta(days=3650)
    )
    assert f"helpcontact/{contact.pk}/change/" in editor_client.get("/admin/").content.decode()


# -- The admin in Bokmål ----------------------------------------------------------------


def test_the_admin_javascript_strings_are_bokmal(editor_client):
    """Calendar and action strings Django's own Bokmål lacks come from the
    project's djangojs catalogue; the rest still from Django's."""
    script = editor_client.get("/admin/jsi18n/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert '"Sunday": "s\\u00f8ndag"' in script
    assert '"Today (%(date)s)": "I dag (%(date)s)"' in script
    assert '"Today": "I dag"' in script


def test_the_javascript_catalogue_is_complete_and_valid():
    import subprocess

    from django.conf import settings

    catalogue = settings.BASE_DIR / "locale/nb/LC_MESSAGES/djangojs.po"
    result = subprocess.run(
        ["msgfmt", "--check", "--statistics", "-o", "/dev/null", str(catalogue)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "untranslated" not in result.stderr and "fuzzy" not in result.stderr
