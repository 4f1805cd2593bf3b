"""The content: every seed item on its page, in both languages, as editors left it."""

import re

import pytest
from django.apps import apps
from django.contrib.auth.models import Group, Permission, User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from content.contacts.models import ContactChange, HelpCard, HelpCardLine, HelpContact, Situation
from content.core import registry
from content.core.models import Page, Publishable, Rule, Section, SeedRecord
from content.core.references import plain
from content.core.seed import load
from content.core.seed.content import SEED
from content.courses.models import CourseInquiry
from content.facts.models import Series, Statistic
from content.guides.models import Guide
from content.indicators.models import Guidance, Indicator
from content.myths.models import Myth
from content.search.index import rebuild
from content.search.models import SearchEntry
from content.sectors.models import Case, Sector
from content.workcheck.models import WorkCheck, WorkCheckQuestion
from tests.urls import all_public_urls, public_urls, seed_page_params

PAGES = [pytest.param(p.values[0], id=p.id) for p in seed_page_params(not_found=False)]

CONTENT_MODELS = [
    Page,
    Section,
    Rule,
    Statistic,
    Series,
    Myth,
    Indicator,
    Guidance,
    Sector,
    Case,
    HelpContact,
    Situation,
    HelpCard,
    Guide,
    WorkCheck,
]
# A help card (and a work check) is written in one language of its own, not in the
# site's languages.
ONE_LANGUAGE = {HelpCard, WorkCheck}


def text_of(response):
    """The page's visible text, with whitespace collapsed."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("&#x27;", "'")


def squash(text):
    """Without whitespace: a link inside a sentence leaves spaces in `text_of`."""
    return re.sub(r"\s+", "", text)


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return text_of(response)


# -- The seed -------------------------------------------------------------------


def test_seed_has_every_kind_of_content_in_both_languages(seed):
    for model in CONTENT_MODELS:
        assert model.objects.exists(), model
    for key, _label in registry.page_choices():
        page = Page.objects.get(key=key)
        assert page.title_nb and page.title_en, key
    for _key, _label, fields in SEED:
        for name, value in fields.items():
            if name.endswith("_nb") and value:
                assert fields.get(name[:-3] + "_en"), (_key, name)


def test_seed_carries_the_corrected_figures(seed):
    current = Statistic.objects.published().current()
    assert current.filter(value=49.6, magnitude=10**6, data_year=2021).exists()
    old = Statistic.objects.get(value=24.9, magnitude=10**6)
    assert old.data_year == 2016 and old.superseded_by is not None
    assert "forced labour" in old.label_en.lower()
    norway_2017 = Statistic.objects.get(scope="norway", data_year=2017, value=44)
    assert norway_2017.value == 44 and "43" in norway_2017.note_en
    assert current.filter(is_headline=True).count() == 3


def test_seed_loads_the_unverified_items_as_drafts(seed):
    kindergarten = Case.objects.get(slug_nb__contains="barnehage")
    assert not kindergarten.is_published and kindergarten.editor_note
    assert not Statistic.objects.filter(is_published=True, value=6.7).exists()
    steinlegger = Case.objects.get(slug_nb="steinleggersaken")
    assert steinlegger.is_published and "Jæren" in steinlegger.court_nb


def test_reseeding_keeps_what_editors_changed_and_deleted(seed):
    myth = Myth.objects.first()
    myth.myth_nb = "Endret av en redaktør"
    myth.save()
    deleted = Indicator.objects.first()
    deleted_text = deleted.text_nb
    deleted.delete()
    before = {model: model.objects.count() for model in CONTENT_MODELS}

    assert load(SEED) == 0

    myth.refresh_from_db()
    assert myth.myth_nb == "Endret av en redaktør"
    assert not Indicator.objects.filter(text_nb=deleted_text).exists()
    assert before == {model: model.objects.count() for model in CONTENT_MODELS}


def test_reseeding_adds_only_what_was_never_loaded(seed):
    SeedRecord.objects.filter(key__startswith="myth-").delete()
    Myth.objects.all().delete()
    created = load(SEED)
    assert created == Myth.objects.count() > 0


# -- Pages show their content ----------------------------------------------------


def test_each_page_shows_its_text_and_sections_in_both_languages(client, seed):
    for code in ("nb", "en"):
        with translation.override(code):
            for page in Page.objects.published().exclude(key="home"):
                text = get(client, page.get_absolute_url())
                assert page.title in text, (code, page.key)
                for section in page.sections.published():
                    assert section.title in text, (code, page.key, section.title)
                    for item in section.item_list:
                        assert squash(plain(item)) in squash(text), (code, page.key, item)


def test_lists_show_every_published_item_in_both_languages(client, seed):
    checks = [
        ("myths:index", Myth, ["myth"]),
        ("indicators:index", Indicator, ["text"]),
        ("sectors:index", Sector, ["name", "summary"]),
        ("contacts:index", HelpContact, ["name", "when_to_use", "phone_display"]),
        ("facts:index", Statistic, ["label", "source_name"]),
    ]
    for code in ("nb", "en"):
        with translation.override(code):
            for url_name, model, fields in checks:
                text = get(client, reverse(url_name))
                for obj in model.objects.published():
                    for field in fields:
                        value = squash(plain(str(getattr(obj, field))))
                        assert value in squash(text), (code, url_name, field)


def test_detail_pages_show_their_content(client, seed):
    for code in ("nb", "en"):
        with translation.override(code):
            for sector in Sector.objects.published():
                text = get(client, sector.get_absolute_url())
                assert all(example in text for example in sector.example_list)
                for case in sector.cases.published():
                    assert case.title in text
            case = Case.objects.get(slug_nb="steinleggersaken")
            text = get(client, case.get_absolute_url())
            assert case.court in text and case.summary in text


def test_figures_are_written_as_each_language_writes_numbers(client, seed):
    Statistic.objects.filter(key="world-forced-labour-profits-2024").update(
        is_published=True, data_year=2021
    )
    with translation.override("nb"):
        nb = get(client, reverse("facts:index"))
    with translation.override("en"):
        en = get(client, reverse("facts:index"))
    assert "49,6 millioner" in nb and "49.6 million" in en
    assert "236 milliarder" in nb and "US$236 billion" in en


def test_superseded_figures_appear_only_as_history(client, seed):
    with translation.override("en"):
        text = get(client, reverse("facts:index"))
        html = client.get(reverse("facts:index")).content.decode()
        home = get(client, reverse("core:home"))
    history = text.index("Earlier figures")
    total_2016 = Statistic.objects.get(value=40.3, magnitude=10**6)
    assert html.index(f'id="figure-{total_2016.pk}"') > html.index('id="history"')
    assert text.index("49.6 million") < history
    assert "24.9 million" not in home and "49.6 million" in home
    # No card above the history is a superseded figure; a superseded figure in a
    # chart is in a row that names the year its data covers.
    cards = re.findall(r'class="hp-figure" id="figure-(\d+)"', html[: html.index('id="history"')])
    assert cards and not Statistic.objects.filter(pk__in=cards, superseded_by__isnull=False)
    old = Statistic.objects.get(value=24.9, magnitude=10**6)
    row = html.split(f'<tr id="figure-{old.pk}">')[1].split("</tr>")[0]
    with translation.override("en"):
        assert "(2016)</th>" in row and old.formatted_value in row


def test_home_shows_headline_figures_and_help_contacts(client, seed):
    response = client.get("/")
    html = response.content.decode()
    for stat in Statistic.objects.published().current().filter(is_headline=True):
        assert stat.source_name_nb in text_of(response)
    assert 'href="tel:112"' in html
    for page in Page.objects.published().exclude(key="home"):
        assert f'href="{page.get_absolute_url()}"' in html


def test_phone_numbers_are_grouped_and_dial_internationally(client, seed):
    html = client.get(reverse("contacts:index")).content.decode()
    assert '<a class="hp-button hp-button--call" href="tel:+4722331160">' in html
    assert "22 33 11 60" in html
    assert 'href="tel:112"' in html and 'href="tel:02800"' in html


# -- Translation fallback -----------------------------------------------------


def test_missing_english_text_shows_the_bokmal_text_marked_as_bokmal(client, seed):
    myth = Myth.objects.published().first()
    myth.myth_en = ""
    myth.save()
    with translation.override("en"):
        html = client.get(reverse("myths:index")).content.decode()
    assert f'<span lang="nb">{myth.myth_nb}</span>' in html


def test_bokmal_pages_carry_no_fallback_marking(client, seed):
    html = client.get(reverse("myths:index")).content.decode()
    assert 'lang="nb">' not in html.replace('<html lang="nb">', "").replace(
        'hreflang="nb" lang="nb"', ""
    )


# -- Unpublished content --------------------------------------------------------


def test_unpublished_items_appear_nowhere(client, seed):
    hidden = {
        Myth.objects.published().first(): "myth_nb",
        Indicator.objects.published().first(): "text_nb",
        HelpContact.objects.published().exclude(is_emergency=True).first(): "name_nb",
        Statistic.objects.published().current().get(scope="norway", is_headline=True): "label_nb",
        Section.objects.published().first(): "title_nb",
        Sector.objects.published().last(): "name_nb",
    }
    case = Case.objects.get(slug_nb="steinleggersaken")
    case_url = case.get_absolute_url()
    texts = {obj: getattr(obj, field) for obj, field in hidden.items()}
    urls = public_urls("nb")
    for obj in [*hidden, case]:
        obj.is_published = False
        obj.save()
    for url in urls:
        response = client.get(url)
        if response.status_code == 404:
            continue
        text = text_of(response)
        for obj, value in texts.items():
            assert value not in text, (url, obj)
        assert f'href="{case_url}"' not in response.content.decode(), url
    assert client.get(case_url).status_code == 404


def test_a_case_under_an_unpublished_form_is_hidden(client, seed):
    case = Case.objects.get(slug_nb="steinleggersaken")
    url = case.get_absolute_url()
    Sector.objects.filter(pk=case.sector_id).update(is_published=False)
    assert not Case.objects.published().filter(pk=case.pk).exists()
    assert client.get(url).status_code == 404
    assert url not in client.get("/sitemap.xml").content.decode()
    rebuild()
    assert not SearchEntry.objects.filter(url=url).exists()


def test_published_cases_are_those_published_under_a_published_form(seed):
    case = Case.objects.get(slug_nb="steinleggersaken")
    assert case in Case.objects.published()
    assert case in case.sector.cases.published()
    Case.objects.filter(pk=case.pk).update(is_published=False)
    assert case not in Case.objects.published()
    Case.objects.filter(pk=case.pk).update(is_published=True)
    Sector.objects.filter(pk=case.sector_id).update(is_published=False)
    assert case not in Case.objects.published()


def test_a_figure_replaced_only_by_a_draft_is_still_current(
    client, seed, django_capture_on_commit_callbacks
):
    """An editor points a headline figure at a newer figure that is still a
    draft: the figure stays on the home page and among the current figures
    until the newer one is published."""
    old = Statistic.objects.published().current().filter(is_headline=True).first()
    draft = Statistic.objects.create(
        value=1,
        label_nb="Et nyere tall",
        label_en="A newer figure",
        scope=old.scope,
        published_year=2030,
        source_name_nb="Kilde",
        is_published=False,
    )
    old.superseded_by = draft
    with django_capture_on_commit_callbacks(execute=True):  # the editor's save commits
        old.save()
    assert old in Statistic.objects.current()
    with translation.override("en"):
        home = get(client, reverse("core:home"))
        facts = get(client, reverse("facts:index"))
    assert old.label_en in home
    assert facts.index(old.label_en) < facts.index("Earlier figures")

    draft.is_published = True
    with django_capture_on_commit_callbacks(execute=True):
        draft.save()
    assert old not in Statistic.objects.current()
    assert draft in Statistic.objects.current()
    with translation.override("en"):
        home = get(client, reverse("core:home"))
        facts = get(client, reverse("facts:index"))
    assert old.label_en not in home
    assert facts.index(old.label_en) > facts.index("Earlier figures")


def test_unpublished_page_is_not_found(client, seed):
    Page.objects.filter(key="rights").update(is_published=False)
    assert client.get(reverse("pages:rights")).status_code == 404
    assert reverse("pages:rights") not in client.get("/").content.decode().split("<main")[1]


# -- Query budget ---------------------------------------------------------------


def _query_counts(client):
    counts = {}
    for url in all_public_urls():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[url] = len(queries)
    return counts


def _multiply_content(times):
    """Copies of every item, published, so lists grow `times`-fold."""
    for model in [Statistic, Myth, Indicator, HelpContact, Section]:
        for obj in list(model.objects.published()):
            key = getattr(obj, "key", None)
            for copy in range(times - 1):
                obj.pk = None
                if key:
                    obj.key = f"{key}-{copy}"
                if hasattr(obj, "is_headline"):
                    obj.is_headline = False
                obj.save()
    for sector in list(Sector.objects.published()):
        cases = list(sector.cases.published())
        for n in range(times - 1):
            for case in cases:
                case.pk = None
                for code in ("nb", "en"):
                    setattr(case, f"slug_{code}", f"{getattr(case, f'slug_{code}')}-{n}")
                case.slug = case.slug_nb
                case.save()
    for guide in Guide.objects.all():
        guide.indicators.set(Indicator.objects.all())
        guide.contacts.set(HelpContact.objects.all())
    for card in list(HelpCard.objects.published()):
        lines = list(card.lines.all())
        for n in range(times - 1):
            card.pk = None
            card.language_code = f"{card.language_code[:2]}-x{n}"
            card.save()
            for line in lines:
                line.pk = None
                line.card = card
                line.save()


@pytest.mark.parametrize("url", PAGES)
def test_no_public_page_needs_more_than_six_queries(crawl, url):
    assert crawl[url].queries <= 6


@pytest.mark.full  # every page twice, with ten times the content (48 s)
def test_query_count_does_not_grow_with_the_content(client, seed):
    before = _query_counts(client)
    _multiply_content(10)
    after = _query_counts(client)
    assert Myth.objects.count() >= 10 * 2
    grown = {url: (before[url], after[url]) for url in before if after.get(url, 0) > before[url]}
    assert not grown


# -- The admin -----------------------------------------------------------------


def test_admin_pages_of_every_model_show_both_languages(admin_client_):
    for model in set(CONTENT_MODELS) - ONE_LANGUAGE:
        meta = model._meta
        base = f"/admin/{meta.app_label}/{meta.model_name}/"
        listing = admin_client_.get(base)
        assert listing.status_code == 200, base
        # The translation column: what is missing, or older than Bokmål.
        assert ">oversettelse<" in listing.content.decode().lower(), base
        add = admin_client_.get(base + "add/")
        assert add.status_code == 200, base
        obj = model.objects.first()
        change = admin_client_.get(f"{base}{obj.pk}/change/")
        assert change.status_code == 200, base
        html = change.content.decode()
        assert re.search(r'name="\w+_nb"', html) and re.search(r'name="\w+_en"', html), base


def test_admin_list_shows_which_translation_is_missing(admin_client_):
    myth = Myth.objects.first()
    myth.fact_en = ""
    myth.save()
    html = admin_client_.get("/admin/myths/myth/").content.decode()
    row = next(r for r in html.split("<tr") if myth.myth_nb[:30] in r)
    assert "English" in row or "engelsk" in row.lower()


def test_admin_offers_view_on_site(admin_client_):
    case = Case.objects.get(slug_nb="steinleggersaken")
    html = admin_client_.get(f"/admin/sectors/case/{case.pk}/change/").content.decode()
    assert "/admin/r/" in html


def test_editors_group_can_edit_content_but_not_users(client, seed):
    editor = User.objects.create_user("editor", password="pw", is_staff=True)
    editor.groups.add(Group.objects.get(name="editors"))
    client.force_login(editor)
    for model in CONTENT_MODELS:
        meta = model._meta
        assert client.get(f"/admin/{meta.app_label}/{meta.model_name}/add/").status_code == 200
    assert client.get("/admin/auth/user/").status_code == 403
    assert client.get("/admin/auth/group/").status_code == 403
    myth = Myth.objects.first()
    response = client.post(
        f"/admin/myths/myth/{myth.pk}/change/",
        {
            "myth_nb": "Ny tekst",
            "myth_en": "New text",
            "fact_nb": myth.fact_nb,
            "fact_en": myth.fact_en,
            "is_published": "on",
            "sort_order": 3,
        },
    )
    assert response.status_code == 302
    myth.refresh_from_db()
    assert myth.myth_nb == "Ny tekst"


def test_editors_have_exactly_the_content_and_inquiry_permissions(seed):
    perms = set(
        Group.objects.get(name="editors").permissions.values_list(
            "content_type__app_label", "content_type__model", "codename"
        )
    )
    models = [*CONTENT_MODELS, HelpCardLine, WorkCheckQuestion, ContactChange, CourseInquiry]
    assert perms == {
        (m._meta.app_label, m._meta.model_name, f"{action}_{m._meta.model_name}")
        for m in models
        for action in ("add", "change", "delete", "view")
    }
    assert not Permission.objects.filter(group__name="editors", codename__contains="user").exists()


def test_a_new_migrate_keeps_the_editors_group_in_step(seed):
    """The group is kept by a post_migrate handler: run again, it gives back
    a lost permission and takes away one it should not have."""
    group = Group.objects.get(name="editors")
    group.permissions.remove(Permission.objects.get(codename="change_myth"))
    group.permissions.add(Permission.objects.get(codename="add_user"))
    call_command("migrate", verbosity=0)
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert "change_myth" in codenames and "add_user" not in codenames


def test_every_content_model_is_registered_translated_and_publishable():
    from django.contrib import admin
    from modeltranslation.translator import translator

    content_models = [m for m in apps.get_models() if issubclass(m, Publishable)]
    assert set(content_models) == set(CONTENT_MODELS)
    for model in content_models:
        assert model in admin.site._registry, model
        if model not in ONE_LANGUAGE:
            assert translator.get_options_for_model(model), model
        assert hasattr(model.objects, "published"), model
