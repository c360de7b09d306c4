from . import test_reception_posting
