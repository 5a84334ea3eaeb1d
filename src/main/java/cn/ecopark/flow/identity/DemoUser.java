package cn.ecopark.flow.identity;

import cn.ecopark.flow.agency.Agency;
import cn.ecopark.flow.agency.City;
import cn.ecopark.flow.agency.StaffGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo accounts of the embedded default: one clerk and one manager (负责人, also a member of the agency's own
 * group, so they see its queue) per agency and city, applicants, a province-wide manager.
 */
record DemoUser(String id, String firstName, String lastName, String groupId, String alsoIn) {

    DemoUser(String id, String firstName, String lastName, String groupId) {
        this(id, firstName, lastName, groupId, null);
    }

    static List<DemoUser> all() {
        List<DemoUser> users = new ArrayList<>();
        for (Agency agency : Agency.values()) {
            users.add(new DemoUser(agency.groupId() + "-clerk", "经办人", agency.shortName(), agency.groupId()));
            users.add(new DemoUser(agency.groupId() + "-manager", "负责人", agency.shortName(),
                    StaffGroup.managersOf(agency.groupId()), agency.groupId()));
        }
        for (City city : City.values()) {
            users.add(new DemoUser(city.code() + "-clerk", "经办人", city.bureauName(), city.groupId()));
            users.add(new DemoUser(city.code() + "-manager", "负责人", city.bureauName(),
                    StaffGroup.managersOf(city.groupId()), city.groupId()));
        }
        users.add(new DemoUser("park-applicant", "申报人", "示范园区管委会", StaffGroup.APPLICANTS));
        // A second park, so tests and demos can show that one applicant never sees or touches another's cases.
        users.add(new DemoUser("other-applicant", "申报人", "另一园区管委会", StaffGroup.APPLICANTS));
        users.add(new DemoUser("manager", "管理人员", "省生态环境厅", StaffGroup.MANAGERS));
        return users;
    }
}
