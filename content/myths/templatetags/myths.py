from django import template
from django.utils.translation import get_language

from content.core.references import plain
from content.core.structured_data import jsonld_script

register = template.Library()


@register.simple_tag
def myths_faq_jsonld(myths):
    """The myths as a schema.org FAQPage: each myth the question, its fact the answer."""
    if not myths:
        return ""
    data = {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "inLanguage": get_language(),
        "mainEntity": [
            {
                "@type": "Question",
                "name": plain(myth.myth),
                "acceptedAnswer": {"@type": "Answer", "text": plain(myth.fact)},
            }
            for myth in myths
        ],
    }
    return jsonld_script(data)
