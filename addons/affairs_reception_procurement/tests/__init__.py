from . import test_designated_hotels
