"""Search: results across all published content in the visitor's language."""

import io
import re
import threading

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from content.core.models import SeedRecord
from content.myths.models import Myth
from content.search import fulltext, index
from content.search.index import rebuild
from content.search.models import SearchEntry
from content.sectors.models import Case


def search(client, q, language="nb"):
    with translation.override(language):
        url = reverse("search:index")
    return client.get(url, {"q": q})


def test_finds_content_in_the_visitors_language(client, seed):
    nb = search(client, "steinleggersaken").content.decode()
    case = Case.objects.get(slug_nb="steinleggersaken")
    with translation.override("nb"):
        assert f'href="{case.get_absolute_url()}"' in nb
    en = search(client, "paving", "en").content.decode()
    with translation.override("en"):
        assert f'href="{case.get_absolute_url()}"' in en
    assert '<html lang="en" dir="ltr">' in en


def results_of(response):
    """The results section, with tags removed."""
    html = response.content.decode().split('id="results"')[1].split("</section>")[0]
    return re.sub(r"<[^>]+>", "", html)


def result_items(response):
    """The text of the listed results only (not the query echoed back)."""
    lists = re.findall(r'<ol class="hp-results">.*?</ol>', response.content.decode(), re.S)
    return re.sub(r"<[^>]+>", "", "".join(lists))


def test_every_word_must_match_and_case_does_not_matter(client, seed):
    assert "ROSA-prosjektet" in results_of(search(client, "ROSA DØGNÅPEN"))
    none = search(client, "rosa steinleggersaken").content.decode()
    assert "Ingen treff" in none


def test_unpublished_content_is_not_found(client, seed, django_capture_on_commit_callbacks):
    rebuild()
    myth = Myth.objects.published().first()
    assert myth.myth_nb in result_items(search(client, myth.myth_nb))
    with django_capture_on_commit_callbacks(execute=True):
        myth.is_published = False
        myth.save()
    assert myth.myth_nb not in result_items(search(client, myth.myth_nb))


def test_one_update_per_changed_group_per_transaction(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    updates = []
    monkeypatch.setattr(index, "update", lambda group: updates.append(group) or (0, 0))
    with django_capture_on_commit_callbacks(execute=True):
        for myth in Myth.objects.all():
            myth.save()
        Case.objects.first().save()
        # Nothing is written before the commit: the change may still be rolled back.
        assert updates == []
    assert sorted(updates) == ["myths", "sectors"]
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.first().save()
    assert sorted(updates) == ["myths", "myths", "sectors"]


def test_a_rolled_back_change_does_not_stop_later_updates(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    updates = []
    monkeypatch.setattr(index, "update", lambda group: updates.append(group) or (0, 0))
    from content.indicators.models import Indicator

    with transaction.atomic():
        Myth.objects.first().save()
        Indicator.objects.first().save()
        transaction.set_rollback(True)
    # Nor a change that never commits (here, in the test's own transaction).
    Case.objects.first().save()
    assert updates == []
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.first().save()
    # Only the committed change's group: nothing left over from the others.
    assert updates == ["myths"]


def test_saving_what_is_not_searched_updates_nothing(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    updates = []
    monkeypatch.setattr(index, "update", lambda group: updates.append(group) or (0, 0))
    with django_capture_on_commit_callbacks(execute=True):
        SeedRecord.objects.first().save()
    assert updates == []


def _rows():
    return {entry.pk: index._row(entry) for entry in SearchEntry.objects.all()}


def test_a_save_touches_only_its_own_rows(client, seed, django_capture_on_commit_callbacks):
    rebuild()
    before = _rows()
    myth = Myth.objects.published().first()
    source = f"myths.myth:{myth.pk}"
    with django_capture_on_commit_callbacks(execute=True):
        myth.myth_nb = "En helt ny myte om sjokoladefabrikker"
        myth.save()
    after = _rows()
    removed = {pk: row for pk, row in before.items() if pk not in after}
    added = {pk: row for pk, row in after.items() if pk not in before}
    # The myth's Bokmål row only: its English row, and every other item's, kept.
    assert [(row[1], row[2]) for row in removed.values()] == [(source, "nb")]
    assert [(row[1], row[2]) for row in added.values()] == [(source, "nb")]
    assert all(after[pk] == row for pk, row in before.items() if pk not in removed)
    assert "sjokoladefabrikker" in result_items(search(client, "sjokoladefabrikk"))
    assert myth.myth_nb in result_items(search(client, myth.myth_nb))

    # A save that changes nothing a visitor searches touches no row at all.
    with django_capture_on_commit_callbacks(execute=True):
        myth.save()
    assert _rows() == after


def test_a_full_rebuild_is_only_by_command(seed, django_capture_on_commit_callbacks, monkeypatch):
    from django.core.management import call_command

    rebuilds = []
    monkeypatch.setattr(index, "rebuild", lambda: rebuilds.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        for myth in Myth.objects.all():
            myth.save()
    assert rebuilds == []
    monkeypatch.setattr(
        "content.search.management.commands.rebuild_search_index.rebuild",
        lambda: rebuilds.append(1),
    )
    call_command("rebuild_search_index", stdout=io.StringIO())
    assert rebuilds == [1]


def test_the_index_holds_every_kind_the_apps_register(seed):
    rebuild()
    kinds = set(SearchEntry.objects.filter(language="en").values_list("kind", flat=True))
    assert kinds == {
        "Page",
        "Form of exploitation",
        "Case",
        "Myth",
        "Sign",
        "Figure",
        "Help contact",
        "Help in your language",
        "Guide for your work",
        "Is this OK at work in Norway?",
    }


def test_kindergarten_draft_is_not_found(client, seed):
    rebuild()
    html = search(client, "barnehage").content.decode()
    assert "Barnehage i Norge" not in html


def test_search_is_one_query_and_sets_no_cookie(client, seed):
    rebuild()
    with CaptureQueriesContext(connection) as queries:
        response = search(client, "tvangsarbeid")
    assert response.status_code == 200
    assert len(queries) <= 3
    assert not response.cookies


def test_bad_search_input_gets_a_clear_message(client, seed):
    for q, nb_text, en_text in [
        ("a", "minst 2 bokstaver", "at least 2 letters"),
        ("x" * 500, "høyst 100 bokstaver", "at most 100 letters"),
        ("ab\x00cd", "", ""),
    ]:
        nb = search(client, q)
        en = search(client, q, "en")
        assert nb.status_code == 200 and en.status_code == 200
        assert 'class="hp-error-summary"' in nb.content.decode()
        assert nb_text in nb.content.decode() and en_text in en.content.decode()


def test_index_follows_content_changes(client, seed, django_capture_on_commit_callbacks):
    myth = Myth.objects.published().first()
    with django_capture_on_commit_callbacks(execute=True):
        myth.myth_nb = "Et helt særegent ord: blåbærsyltetøy"
        myth.save()
    assert "blåbærsyltetøy" in results_of(search(client, "BLÅBÆRSYLTETØY"))


# -- Full text: stems, ranking, grouping, marking, caching ------------------------


def add_myth(django_capture_on_commit_callbacks, **fields):
    with django_capture_on_commit_callbacks(execute=True):
        return Myth.objects.create(**fields)


def test_words_are_found_by_their_stem_in_both_languages(
    client, seed, django_capture_on_commit_callbacks
):
    myth = add_myth(
        django_capture_on_commit_callbacks,
        myth_nb="Tvangsarbeid finnes ikke i sjokoladefabrikker",
        fact_nb="Jo.",
        myth_en="Exploitation never happens in chocolate factories",
        fact_en="It does.",
    )
    nb = search(client, "tvangsarbeidet sjokoladefabrikk")
    assert "Tvangsarbeid finnes ikke" in result_items(nb)
    assert "<mark>Tvangsarbeid</mark>" in nb.content.decode()
    en = search(client, "exploited chocolate factory", "en")
    assert "Exploitation never happens" in result_items(en)
    assert "<mark>Exploitation</mark>" in en.content.decode()
    assert myth.pk


def test_an_exact_title_match_ranks_first(client, seed, django_capture_on_commit_callbacks):
    # Many items speak of "menneskehandel"; the one titled just that comes first.
    add_myth(django_capture_on_commit_callbacks, myth_nb="Menneskehandel", fact_nb="Et faktum.")
    html = search(client, "menneskehandel").content.decode()
    first = re.search(r'<h4 class="hp-results__title"><a [^>]*>(.*?)</a>', html).group(1)
    assert first == "<mark>Menneskehandel</mark>"
    assert html.count('class="hp-results__item"') > 3


def test_results_are_grouped_by_kind(client, seed):
    rebuild()
    html = search(client, "tvangsarbeid").content.decode()
    kinds = re.findall(r'<h3 class="hp-results__group">([^<]+?) <span', html)
    assert len(kinds) >= 2 and len(kinds) == len(set(kinds))
    assert "Figure" not in kinds and any(k in kinds for k in ("Tall", "Myte", "Side"))


def test_everything_but_the_marks_is_escaped(client, seed, django_capture_on_commit_callbacks):
    add_myth(
        django_capture_on_commit_callbacks,
        myth_nb="Slaveri <script>alert(1)</script> & tvang",
        fact_nb="<b>fet</b> slaveri",
    )
    html = search(client, "slaveri tvang").content.decode()
    assert "<script>alert(1)" not in html and "<b>fet" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>tvang</mark>" in html
    assert "&lt;b&gt;fet&lt;/b&gt; <mark>slaveri</mark>" in html


def test_no_results_says_so_and_leads_to_help(client, seed):
    for language, words in [("nb", "Ingen treff"), ("en", "Nothing matched")]:
        response = search(client, "qwertyzxcv", language)
        html = response.content.decode()
        assert words in html and 'class="hp-results__item"' not in html
        with translation.override(language):
            assert f'href="{reverse("contacts:index")}"' in html
        assert "112" in html.split('id="results"')[1]


def test_the_same_search_again_is_served_from_the_cache(client, seed):
    rebuild()
    first = search(client, "rosa").content
    with CaptureQueriesContext(connection) as queries:
        again = search(client, "rosa")
    assert again.status_code == 200 and again.content == first
    assert len(queries) == 0
    # Another language is another page.
    assert search(client, "rosa", "en").content != first


def test_the_query_is_never_logged_nor_stored_in_the_clear(client, seed, caplog):
    from django.core.cache import cache

    rebuild()
    secret = "hemmeligordxyz"
    with caplog.at_level("DEBUG"):
        search(client, f"tvangsarbeid {secret}")
        search(client, f"{secret} <>&\x7f", "en")
    assert secret not in caplog.text
    keys = list(getattr(cache, "_cache", {}).keys())
    assert keys and not any(secret in str(key) for key in keys)


def test_odd_queries_never_fail(client, seed):
    rebuild()
    for q in ['"', "''", "AND OR NOT", "tvang*", "a:b", "(((", "NEAR(a b)", "-- ;", "!!", "é" * 3]:
        for language in ("nb", "en"):
            assert search(client, q, language).status_code == 200, q


def test_words_are_stemmed_right_by_many_threads_at_once():
    # gunicorn's workers run requests in threads; Snowball's stemmers keep their
    # state in the object, so threads sharing one stem each other's words.
    words = ("tvangsarbeid menneskehandelen utnyttingen arbeidstakerne rettighetene " * 40).split()
    expected = fulltext.stems(" ".join(words), "nb")
    results, failures = [], []

    def stem_repeatedly():
        try:
            results.extend(fulltext.stems(" ".join(words), "nb") for _ in range(50))
        except Exception as error:  # the failure this test looks for
            failures.append(error)

    threads = [threading.Thread(target=stem_repeatedly) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert all(result == expected for result in results)


def test_a_result_page_is_the_page_rendered_whole(client, seed, rf):
    """The frame kept for result pages (SearchView.frame) gives the same page as
    rendering it whole, the words searched for escaped where they show."""
    from django.template.response import TemplateResponse

    from content.search.forms import SearchForm
    from content.search.views import MARKS, SearchView, grouped

    rebuild()
    for language, q in [("nb", "tvangsarbeid"), ("en", 'forced <b>labour</b> & "debt"')]:
        search(client, "rosa", language)  # the frame is kept now
        kept = search(client, q, language).content.decode()
        with translation.override(language):
            request = rf.get(reverse("search:index"), {"q": q})
            view = SearchView()
            view.setup(request)
            form = SearchForm(request.GET)
            assert form.is_valid()
            entries = fulltext.search(q, language)
            context = view.get_context_data(
                form=form, groups=grouped(entries, q, language), count=len(entries)
            )
            whole = TemplateResponse(request, "search/search.html", context).render()
        assert kept == whole.content.decode()
        assert not any(mark in kept for mark in MARKS.values())
    assert "<b>labour" not in kept and "&lt;b&gt;" in kept.split("</title>")[0]


def test_the_frame_shows_an_edit_at_once(client, seed, django_capture_on_commit_callbacks):
    """The footer and help bar are kept per content version: a committed edit to a
    help contact is in the next page rendered, search results and forms included."""
    from content.contacts.models import HelpContact

    contact = HelpContact.objects.published().exclude(name_nb="").first()
    for url in ["/sok/?q=rosa", "/sok/"]:
        assert contact.name_nb in client.get(url).content.decode().split("<footer")[1]
    with django_capture_on_commit_callbacks(execute=True):
        contact.name_nb = "Et nytt navn på kontakten"
        contact.save()
    for url in ["/sok/?q=rosa", "/sok/", "/sok/?q=hjelp"]:
        footer = client.get(url).content.decode().split("<footer")[1]
        assert "Et nytt navn på kontakten" in footer, url


def test_the_kept_frame_holds_no_nonce(client, seed):
    """The frame of a result page is kept and reused (SearchView.frame): a CSP
    nonce in it would be one visitor's, reused for every other."""
    for language in ("nb", "en"):
        html = search(client, "rosa", language).content.decode()
        assert "nonce" not in html
        policy = search(client, "hjelp", language)["Content-Security-Policy"]
        assert "'nonce-" not in policy
