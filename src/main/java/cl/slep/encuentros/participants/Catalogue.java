package cl.slep.encuentros.participants;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.io.Reader;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The networks and establishments people choose from when they register, and the import of the latter. */
@Service
public class Catalogue {

    // "12345", "12.345", "RBD 12345", "12345-6" (with its check digit, which the RBD itself does not include).
    private static final Pattern RBD_QUERY =
            Pattern.compile("(?:rbd\\s*:?\\s*)?(\\d[\\d.\\s]*?)(?:\\s*-\\s*[\\dk])?", Pattern.CASE_INSENSITIVE);

    private final NetworkRepository networks;
    private final EstablishmentRepository establishments;
    private final RoleCatalogue roles;

    Catalogue(NetworkRepository networks, EstablishmentRepository establishments, RoleCatalogue roles) {
        this.networks = networks;
        this.establishments = establishments;
        this.roles = roles;
    }

    /** The roles registration offers, in the order of {@code catalogue/roles.csv}. */
    public List<RoleView> roles() {
        return roles.all();
    }

    public Optional<RoleView> role(SchoolRole role) {
        return roles.of(role);
    }

    /** The role at this place of the catalogue (from 1), as a button carries it. */
    public Optional<RoleView> roleAt(int position) {
        return roles.at(position);
    }

    /** How a person reads a role ("Jefe/a UTP"), from {@code catalogue/roles.csv}. */
    public String roleLabel(SchoolRole role) {
        return roles.label(role);
    }

    /** A person's role as they said it: for "Otro", what they wrote, if they did. */
    public String roleLabel(SchoolRole role, String other) {
        return role.isOther() && other != null && !other.isBlank() ? other : roles.label(role);
    }

    /** What a person may do in the bot, as they read it. */
    public String staffRoleLabel(StaffRole role) {
        return roles.label(role);
    }

    /** Every network in the catalogue's order ({@code catalogue/networks.csv}): every list shows them so. */
    @Transactional(readOnly = true)
    public List<NetworkView> networks() {
        return networks.findAllByOrderBySortOrderAscNameAsc().stream().map(Network::view).toList();
    }

    @Transactional(readOnly = true)
    public Optional<NetworkView> network(long id) {
        return networks.findById(id).map(Network::view);
    }

    @Transactional(readOnly = true)
    public Optional<NetworkView> networkByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return networks.findByCode(code.strip().toUpperCase(Locale.ROOT)).map(Network::view);
    }

    /**
     * Active establishments whose name contains every word typed, in any order, ignoring accents, case and
     * punctuation; a number is taken as an RBD, exact match first, then RBDs that start with it. Whole-word
     * matches come before partial ones, then alphabetical order.
     */
    @Transactional(readOnly = true)
    public List<EstablishmentView> searchEstablishments(String query, int limit) {
        List<String> words = SearchKey.words(query);
        if (limit <= 0 || words.isEmpty()) {
            return List.of();
        }
        Optional<String> rbd = rbdIn(query);
        return establishments.findAll(activeAndMatching(words, rbd)).stream()
                .sorted(relevance(words, rbd))
                .limit(limit)
                .map(Establishment::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EstablishmentView> establishment(long id) {
        return establishments.findById(id).map(Establishment::view);
    }

    @Transactional(readOnly = true)
    public Optional<EstablishmentView> establishmentByRbd(int rbd) {
        return establishments.findByRbd(rbd).map(Establishment::view);
    }

    /**
     * Imports {@code RBD;nombre;comuna} rows (see {@link EstablishmentCsv}). An RBD already known gets the file's
     * name and commune and is made active again; rows with problems are skipped and reported. Importing the same
     * file twice changes nothing. The reader is not closed.
     */
    @Transactional
    public ImportReport importEstablishments(Reader csv) {
        EstablishmentCsv.Parsed parsed = EstablishmentCsv.read(csv);
        // One query for all: the registry is a few hundred rows, a lookup per row would be as many round trips.
        Map<Integer, Establishment> known = establishments.findAll().stream()
                .collect(Collectors.toMap(Establishment::rbd, Function.identity()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (EstablishmentCsv.Row row : parsed.rows()) {
            Establishment existing = known.get(row.rbd());
            if (existing == null) {
                establishments.save(new Establishment(row.rbd(), row.name(), row.commune()));
                created++;
            } else if (existing.refresh(row.name(), row.commune())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new ImportReport(created, updated, unchanged, parsed.problems());
    }

    static Optional<String> rbdIn(String query) {
        Matcher matcher = RBD_QUERY.matcher(query.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).replaceAll("\\D", "").replaceFirst("^0+(?=\\d)", "");
        return digits.length() <= 9 ? Optional.of(digits) : Optional.empty();
    }

    // Each word is looked for in the key without spaces, so "ohiggins" finds "O'Higgins" (key "o higgins") and
    // "o higgins" finds it too; the key holds only [a-z0-9 ], so a word never carries a LIKE wildcard. The commune
    // counts as part of the name, so "alto hospicio" finds the schools of Alto Hospicio (communes carry no accents).
    private static Specification<Establishment> activeAndMatching(List<String> words, Optional<String> rbd) {
        return (root, query, cb) -> {
            Expression<String> squashedKey = cb.replace(
                    cb.concat(cb.concat(root.get("searchKey"), " "), cb.lower(root.get("commune"))), " ", "");
            Predicate byName = cb.and(words.stream()
                    .map(word -> cb.like(squashedKey, "%" + SearchKey.squashed(word) + "%"))
                    .toArray(Predicate[]::new));
            Predicate matching = rbd
                    .map(digits -> cb.or(cb.like(root.get("rbd").cast(String.class), digits + "%"), byName))
                    .orElse(byName);
            return cb.and(cb.isTrue(root.get("active")), matching);
        };
    }

    private static Comparator<Establishment> relevance(List<String> words, Optional<String> rbd) {
        Comparator<Establishment> byRbd = Comparator.comparingInt(e -> rbdRank(e, rbd));
        return byRbd
                .thenComparingInt(e -> rbdRank(e, rbd) < 2 ? e.rbd() : 0)
                .thenComparingInt(e -> nameRank(e.searchKey(), words))
                .thenComparing(Establishment::searchKey)
                .thenComparing(Establishment::name);
    }

    /** 0: the RBD typed; 1: an RBD that starts with it; 2: found by its name. */
    private static int rbdRank(Establishment establishment, Optional<String> rbd) {
        if (rbd.isEmpty()) {
            return 2;
        }
        String own = Integer.toString(establishment.rbd());
        return own.equals(rbd.get()) ? 0 : own.startsWith(rbd.get()) ? 1 : 2;
    }

    /** Lower is better: per word typed, 0 if it is a word of the name, 1 if it starts one, 2 if found inside. */
    static int nameRank(String searchKey, List<String> words) {
        List<String> nameWords = List.of(searchKey.split(" "));
        int rank = 0;
        for (String word : words) {
            if (nameWords.contains(word)) {
                continue;
            }
            rank += nameWords.stream().anyMatch(nameWord -> nameWord.startsWith(word)) ? 1 : 2;
        }
        return rank;
    }
}
