package cl.slep.encuentros.encuentros;

import cl.slep.encuentros.participants.StaffDirectory;
import cl.slep.encuentros.participants.StaffRole;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Who may manage what: an admin every encuentro, a coordinator those all of whose networks they coordinate. */
@Component
class StaffAccess {

    private final StaffDirectory staff;

    StaffAccess(StaffDirectory staff) {
        this.staff = staff;
    }

    boolean mayManage(long telegramUserId, Set<Long> networkIds) {
        StaffRole role = staff.roleOf(telegramUserId);
        if (role == StaffRole.ADMIN) {
            return true;
        }
        return role == StaffRole.COORDINATOR && !networkIds.isEmpty()
                && staff.coordinatedNetworks(telegramUserId).containsAll(networkIds);
    }

    /** Encuentros this person sees in their list: any of whose networks they coordinate (all for an admin). */
    boolean maySee(long telegramUserId, Set<Long> networkIds) {
        StaffRole role = staff.roleOf(telegramUserId);
        if (role == StaffRole.ADMIN) {
            return true;
        }
        Set<Long> coordinated = staff.coordinatedNetworks(telegramUserId);
        return networkIds.stream().anyMatch(coordinated::contains);
    }

    void require(long telegramUserId, Encuentro encuentro) {
        if (!mayManage(telegramUserId, encuentro.networkIds())) {
            throw new EncuentroAccessDenied(telegramUserId, encuentro.id());
        }
    }
}
