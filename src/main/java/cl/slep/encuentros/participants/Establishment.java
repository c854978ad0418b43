package cl.slep.encuentros.participants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A school, liceo or jardín infantil of the SLEP, known by its RBD. Never deleted: participants point at it, so
 * one that closes is made inactive and simply stops showing up in searches.
 */
@Entity
@Table(name = "establishment")
class Establishment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private int rbd;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 60)
    private String commune;

    @Column(nullable = false)
    private boolean active = true;

    // Kept in step with the name so that a search is a LIKE on a column, not a normalisation of every row.
    @Column(name = "search_key", nullable = false, length = 300)
    private String searchKey;

    protected Establishment() {
    }

    Establishment(int rbd, String name, Commune commune) {
        this.rbd = rbd;
        rename(name, commune);
    }

    /** Takes the registry's name and commune and makes it active again; tells whether anything changed. */
    boolean refresh(String name, Commune commune) {
        boolean changed = !this.name.equals(name) || !this.commune.equals(commune.displayName()) || !active;
        rename(name, commune);
        active = true;
        return changed;
    }

    private void rename(String name, Commune commune) {
        this.name = name;
        this.commune = commune.displayName();
        this.searchKey = SearchKey.of(name);
    }

    int rbd() {
        return rbd;
    }

    String name() {
        return name;
    }

    String searchKey() {
        return searchKey;
    }

    EstablishmentView view() {
        return new EstablishmentView(id, rbd, name, commune);
    }
}
