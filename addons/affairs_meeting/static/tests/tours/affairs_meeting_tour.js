/** @odoo-module **/
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

// A cadre (in Chinese) books the hall with tea and a projector and submits it;
// an overlapping booking of the hall is then refused.
registry.category("web_tour.tours").add("affairs_meeting_booking_tour", {
    steps: () => [
        { trigger: ".o_form_view .o_field_widget[name=subject] input", run: "edit 巡察工作部署会" },
        { trigger: ".o_field_widget[name=room_id] input", run: "edit 巡察会议厅" },
        { trigger: ".o-autocomplete--dropdown-item:contains(巡察会议厅)", run: "click" },
        { trigger: ".o_field_widget[name=attendee_count] input", run: "edit 30" },
        { trigger: ".o_field_widget[name=date_start] input", run: "edit 2030/03/04 09:00:00" },
        { trigger: ".o_field_widget[name=date_end] input", run: "edit 2030/03/04 11:00:00" },
        { trigger: ".o_field_x2many_list_row_add a", run: "click" },
        { trigger: ".o_data_row .o_field_widget[name=item_id] input", run: "edit 茶水" },
        { trigger: ".o-autocomplete--dropdown-item:contains(茶水服务)", run: "click" },
        { trigger: ".o_data_row .o_field_widget[name=quantity] input", run: "edit 30" },
        { trigger: ".o_field_x2many_list_row_add a", run: "click" },
        { trigger: ".o_data_row:eq(1) .o_field_widget[name=item_id] input", run: "edit 投影" },
        { trigger: ".o-autocomplete--dropdown-item:contains(投影设备)", run: "click" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(待审批)" },
        // A second booking of the hall at an overlapping time.
        { trigger: ".o_form_button_create", run: "click" },
        { trigger: ".o_form_view .o_field_widget[name=subject] input", run: "edit 重叠的会议" },
        { trigger: ".o_field_widget[name=room_id] input", run: "edit 巡察会议厅" },
        { trigger: ".o-autocomplete--dropdown-item:contains(巡察会议厅)", run: "click" },
        { trigger: ".o_field_widget[name=date_start] input", run: "edit 2030/03/04 10:00:00" },
        { trigger: ".o_field_widget[name=date_end] input", run: "edit 2030/03/04 12:00:00" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_submit]", run: "click" },
        { trigger: ".modal:contains(已被)" },
        { trigger: ".modal .btn-primary", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(草稿)" },
    ],
});

// The bureau (a manager, not the organiser) sees the rooms on the timeline and
// confirms the booking.
registry.category("web_tour.tours").add("affairs_meeting_approve_tour", {
    steps: () => [
        { trigger: ".o_switch_view.o_timeline", run: "click" },
        { trigger: ".vis-timeline .vis-label:contains(巡察会议厅)" },
        { trigger: ".o_switch_view.o_list", run: "click" },
        { trigger: ".o_list_view .o_data_row td.o_data_cell[name=subject]:contains(巡察工作部署会)", run: "click" },
        { trigger: ".o_form_view .o_field_widget[name=subject]:contains(巡察工作部署会)" },
        { trigger: "button[name=action_approve]", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(已确认)" },
    ],
});
