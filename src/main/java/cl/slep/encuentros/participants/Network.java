package cl.slep.encuentros.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A network ("red") of the SLEP: participants belong to networks and encuentros invite them. */
@Entity
@Table(name = "network")
class Network {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 30)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Network() {
    }

    Network(String code, String name, String description, int sortOrder) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    int sortOrder() {
        return sortOrder;
    }

    /** Takes what the catalogue file says; true if anything changed. */
    boolean refresh(String name, String description, int sortOrder) {
        boolean changed = !name.equals(this.name) || !description.equals(this.description)
                || sortOrder != this.sortOrder;
        this.name = name;
        this.description = description;
        this.sortOrder = sortOrder;
        return changed;
    }

    NetworkView view() {
        return new NetworkView(id, code, name, description);
    }
}
