from . import test_procurement_posting
