"""Series of statistics drawn as bar charts: plain numbers for an inline SVG
template (templates/facts/_chart.html), so the chart needs no JavaScript, no
other host and no inline style, and scales with its viewBox."""

import textwrap
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext

WIDTH = 340  # viewBox units; the SVG is drawn at 100% of its column (at most 32rem)
LINE = 18  # height of one line of label text
BAR = 22
GAP = 16
VALUE_ROOM = 120  # kept free right of the longest bar for its value
WRAP = 40  # characters per label line at font size 14 in WIDTH units


@dataclass
class Bar:
    stat: object
    lines: list  # (y, text) of each line of its label
    bar_y: int
    # Written out here, not in the template: there, Bokmål would write 190,5.
    width: str
    value_x: str
    text_y: int


@dataclass
class Chart:
    series: object
    statistics: list
    bars: list
    height: int
    width: int = WIDTH

    @property
    def description(self):
        """What the picture shows, in words: the series' own text, then every bar."""
        figures = "; ".join(f"{label_with_year(s)}: {s.formatted_value}" for s in self.statistics)
        return " ".join(t for t in (self.series.description, figures + ".") if t)

    @property
    def sources(self):
        """Each source once, in the order the figures name them."""
        seen = {}
        for stat in self.statistics:
            seen.setdefault((stat.source_name, stat.source_url), stat)
        return list(seen.values())

    @property
    def data_years(self):
        return sorted({s.data_year for s in self.statistics if s.data_year})

    @property
    def scope(self):
        return self.statistics[0].scope


def label_with_year(stat):
    if stat.data_year:
        return gettext("%(label)s (%(year)s)") % {"label": stat.label, "year": stat.data_year}
    return stat.label


def absolute(stat):
    return Decimal(stat.value) * stat.magnitude


def build(series, statistics):
    """The chart of `series` with its (published) `statistics` in series order."""
    largest = max((absolute(s) for s in statistics), default=0) or 1
    bars, y = [], GAP // 2
    for stat in statistics:
        lines = textwrap.wrap(label_with_year(stat), WRAP) or [""]
        line_ys = [y + LINE * (i + 1) - 4 for i in range(len(lines))]
        bar_y = y + LINE * len(lines) + 4
        width = round(float(absolute(stat) / largest) * (WIDTH - VALUE_ROOM), 1)
        bars.append(
            Bar(
                stat=stat,
                lines=list(zip(line_ys, lines, strict=True)),
                bar_y=bar_y,
                # A zero still shows as a hairline, so the row is not read as missing.
                width=f"{max(width, 1):.1f}",
                value_x=f"{max(width, 1) + 6:.1f}",
                text_y=bar_y + BAR - 6,
            )
        )
        y = bar_y + BAR + GAP
    return Chart(series=series, statistics=statistics, bars=bars, height=y - GAP // 2)


def charts_for(statistics):
    """Charts of every published series among `statistics` (already ordered
    by the page), each with its figures in series order."""
    grouped = {}
    for stat in statistics:
        if stat.series_id and stat.series.is_published:
            grouped.setdefault(stat.series, []).append(stat)
    ordered = sorted(grouped.items(), key=lambda item: (item[0].sort_order, item[0].pk))
    return [
        build(series, sorted(stats, key=lambda s: (s.series_order, s.pk)))
        for series, stats in ordered
    ]
