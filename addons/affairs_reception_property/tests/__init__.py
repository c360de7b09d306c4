from . import test_room_booking
