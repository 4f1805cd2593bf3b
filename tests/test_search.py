"""Search: results across all published content in the visitor's language."""

from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from content.core.models import SeedRecord
from content.myths.models import Myth
from content.search import index
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
    assert '<html lang="en">' in en


def test_every_word_must_match_and_case_does_not_matter(client, seed):
    html = search(client, "ROSA DØGNÅPEN").content.decode()
    results = html.split('id="results"')[1].split("</section>")[0]
    assert "ROSA-prosjektet" in results
    none = search(client, "rosa steinleggersaken").content.decode()
    assert "Ingen treff" in none


def results_of(response):
    return response.content.decode().split('id="results"')[1].split("</section>")[0]


def test_unpublished_content_is_not_found(client, seed, django_capture_on_commit_callbacks):
    rebuild()
    myth = Myth.objects.published().first()
    words = " ".join(myth.myth_nb.split()[:3])
    assert escape(myth.myth_nb) in results_of(search(client, words))
    with django_capture_on_commit_callbacks(execute=True):
        myth.is_published = False
        myth.save()
    assert escape(myth.myth_nb) not in results_of(search(client, words))


def test_one_rebuild_per_transaction_however_many_items_change(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    rebuilds = []
    monkeypatch.setattr(index, "rebuild", lambda: rebuilds.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        for myth in Myth.objects.all():
            myth.save()
        Case.objects.first().save()
    assert rebuilds == [1]
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.first().save()
    assert rebuilds == [1, 1]


def test_a_rolled_back_change_does_not_stop_later_rebuilds(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    rebuilds = []
    monkeypatch.setattr(index, "rebuild", lambda: rebuilds.append(1))
    with transaction.atomic():
        Myth.objects.first().save()
        transaction.set_rollback(True)
    with django_capture_on_commit_callbacks(execute=True):
        Myth.objects.first().save()
    assert rebuilds == [1]


def test_saving_what_is_not_searched_rebuilds_nothing(
    seed, django_capture_on_commit_callbacks, monkeypatch
):
    rebuilds = []
    monkeypatch.setattr(index, "rebuild", lambda: rebuilds.append(1))
    with django_capture_on_commit_callbacks(execute=True):
        SeedRecord.objects.first().save()
    assert rebuilds == []


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
    assert "blåbærsyltetøy" in search(client, "BLÅBÆRSYLTETØY").content.decode()
