"""English dates as they are written in Britain and Norway: 29 November 2026,
not Django's American "Nov. 29, 2026". Only how dates are shown: what a form
accepts stays Django's own. Bokmål keeps Django's formats ("29. november 2026")."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
MONTH_DAY_FORMAT = "j F"
YEAR_MONTH_FORMAT = "F Y"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
TIME_FORMAT = "H:i"
FIRST_DAY_OF_WEEK = 1  # Monday
