from . import test_meeting_posting
