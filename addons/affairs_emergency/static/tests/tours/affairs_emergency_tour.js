// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

// A cadre reports a lift entrapment.
registry.category("web_tour.tours").add("affairs_emergency_report_tour", {
    steps: () => [
        { trigger: ".o_control_panel .o_list_button_add", run: "click" },
        { trigger: ".o_field_widget[name=title] input", run: "edit Tour: trapped in lift 2" },
        { trigger: ".o_field_widget[name=location] input", run: "edit Building A lift 2" },
        { trigger: ".o_field_widget[name=plan_id] input", run: "edit Tour Lift" },
        { trigger: ".dropdown-item:contains(Tour Lift)", run: "click" },
        { trigger: ".o_field_widget[name=level] input", run: "click" },
        { trigger: ".o_select_menu_item:contains(Level IV)", run: "click" },
        { trigger: ".o_form_button_save:enabled", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Reported)" },
    ],
});

// The duty officer activates the plan at level IV, ticks the steps and closes.
registry.category("web_tour.tours").add("affairs_emergency_respond_tour", {
    steps: () => [
        { trigger: "button[name=action_activate]:enabled", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Response Active)" },
        { trigger: "div[name=line_ids] .o_data_row:nth-child(1) button[name=action_mark_done]:enabled", run: "click" },
        { trigger: "div[name=line_ids] .o_data_row:nth-child(2) button[name=action_mark_done]:enabled", run: "click" },
        { trigger: "div[name=line_ids] .o_data_row:nth-child(3) button[name=action_mark_done]:enabled", run: "click" },
        { trigger: "div[name=line_ids]:not(:has(button[name=action_mark_done]))" },
        // Reopen the incident as a duty officer coming back to it would: the
        // header buttons disabled by the row buttons' calls start afresh.
        {
            trigger: ".o_form_saved",
            run() {
                window.location.reload();
            },
            expectUnloadPage: true,
        },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Response Active)" },
        { trigger: ".o_notebook .nav-link:contains(Closure Report)", run: "click" },
        { trigger: ".o_field_widget[name=cause] textarea", run: "edit Door lock circuit failure" },
        { trigger: ".o_field_widget[name=losses] textarea", run: "edit None" },
        { trigger: ".o_field_widget[name=lessons] textarea", run: "edit Maintenance within 30 minutes" },
        { trigger: ".o_form_button_save:enabled", run: "click" },
        { trigger: ".o_form_saved" },
        { trigger: "button[name=action_close]:enabled", run: "click" },
        { trigger: ".o_statusbar_status .o_arrow_button_current:contains(Closed)" },
    ],
});
