"""The site's seed content: every app's data files (`content/<app>/seed/*.yaml`),
read by `files.read_all()`. Written from the Hope for Justice Norway deck
(January 2019) and a fact check of its figures against their publishers. A translator or a
reviewer edits the data file of the item; loading never overwrites an editor's
change (see `content.core.seed`).
"""

from content.core.seed.files import read_all

SEED = read_all()
