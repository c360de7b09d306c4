// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

const TITLE = "505室空调不制冷（导览）";

// A cadre of the finance bureau reports the broken air conditioner of room 505.
registry.category("web_tour.tours").add("affairs_facility_report_tour", {
    url: "/odoo/affairs-my-requests/new",
    steps: () => [
        { trigger: ".o_field_widget[name=title] input", run: `edit ${TITLE}` },
        { trigger: ".o_field_widget[name=category_id] input", run: "edit 维修" },
        { trigger: ".o-autocomplete--dropdown-item:contains(维修)", run: "click" },
        { trigger: ".o_field_widget[name=affairs_equipment_id] input", run: "edit 505" },
        { trigger: ".o-autocomplete--dropdown-item:contains(505室分体空调)", run: "click" },
        { trigger: "button[name=action_submit]:contains(提交)", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(待受理)" },
    ],
});

// The dispatch centre accepts it, sends a repair and assigns the technician.
registry.category("web_tour.tours").add("affairs_facility_dispatch_tour", {
    url: "/odoo/affairs-service-requests",
    steps: () => [
        { trigger: `.o_data_row:contains(${TITLE}) td.o_data_cell`, run: "click" },
        { trigger: "button[name=action_affairs_dispatch_repair]:contains(派修)", run: "click" },
        { trigger: ".o_form_view .o_field_widget[name=affairs_owner_id]:contains(白杰浩)" },
        { trigger: ".o_field_widget[name=user_id] input", run: "edit 郑强" },
        { trigger: ".o-autocomplete--dropdown-item:contains(郑强)", run: "click" },
        { trigger: ".o_form_button_save", run: "click" },
        { trigger: ".o_form_saved" },
    ],
});

// The technician records the work and closes the repair.
registry.category("web_tour.tours").add("affairs_facility_repair_tour", {
    url: "/odoo/facility-requests",
    steps: () => [
        { trigger: `.o_kanban_record:contains(${TITLE})`, run: "click" },
        { trigger: ".o_notebook a[name=affairs_work]", run: "click" },
        { trigger: ".o_field_widget[name=affairs_parts_cost] input", run: "edit 180" },
        { trigger: ".o_field_widget[name=affairs_labour_hours] input", run: "edit 1.5" },
        { trigger: "button[name=action_affairs_done]:contains(维修完成)", run: "click" },
        { trigger: ".o_form_view .o_form_statusbar:not(:has(button[name=action_affairs_done]))" },
    ],
});

// The cadre rates the repair: the last star (very satisfied).
registry.category("web_tour.tours").add("affairs_facility_rate_tour", {
    url: "/odoo/affairs-my-requests",
    steps: () => [
        { trigger: `.o_data_row:contains(${TITLE}) td.o_data_cell`, run: "click" },
        { trigger: ".o_notebook a[name=rating]", run: "click" },
        // the widget saves the rating itself (autosave)
        { trigger: ".o_field_widget[name=rating] a.o_priority_star:last", run: "click" },
        { trigger: ".o_field_widget[name=rating] a.o_priority_star:last.fa-star" },
        { trigger: ".o_form_saved" },
    ],
});

// An officer scores the cleaning contract's month and submits it.
registry.category("web_tour.tours").add("affairs_facility_score_tour", {
    url: "/odoo/facility-inspections",
    steps: () => [
        { trigger: ".o_data_row:contains(WY-BJ-2025-01):contains(草稿) td.o_data_cell", run: "click" },
        { trigger: ".o_field_widget[name=line_ids] .o_data_row:eq(0) td[name=defect_count]", run: "click" },
        { trigger: ".o_field_widget[name=line_ids] .o_data_row:eq(0) td[name=defect_count] input", run: "edit 2" },
        { trigger: ".o_form_view .o_field_widget[name=item_score]", run: "click" },
        { trigger: "button[name=action_submit]:contains(提交)", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(待审批)" },
    ],
});
