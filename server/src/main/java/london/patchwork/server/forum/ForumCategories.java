package london.patchwork.server.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forum's categories, as the hub's organisers define them. {@code general} and {@code blog} stay: the forum
 * files mentions of the Group and blog articles' discussions there.
 */
@Singleton
public class ForumCategories {

    static final int MAX_NAME = 60;
    static final int MAX_DESCRIPTION = 300;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    /** Slugs that would shadow the forum's own pages. */
    private static final Set<String> RESERVED = Set.of("new", "threads", "feed");
    private static final Set<String> KEPT = Set.of(ForumConversations.GENERAL, ForumConversations.BLOG);

    private final ForumCategoryRepository categories;

    ForumCategories(ForumCategoryRepository categories) {
        this.categories = categories;
    }

    public List<ForumCategory> listed() {
        return categories.listed();
    }

    public Optional<ForumCategory> find(String slug) {
        return categories.findBySlug(slug);
    }

    public Optional<ForumCategory> find(long id) {
        return categories.findById(id);
    }

    @Transactional
    public ForumCategory create(@Nullable String slug, @Nullable String name, @Nullable String description)
            throws ForumService.Invalid {
        String checkedSlug = slug(slug);
        if (categories.existsBySlug(checkedSlug)) {
            throw new ForumService.Invalid("slug: there is already a category " + checkedSlug);
        }
        return categories.save(new ForumCategory(null, checkedSlug, name(name), description(description),
                categories.nextPosition(), Instant.now()));
    }

    /** Renames, redescribes or moves a category; a null field stays as it was. */
    @Transactional
    public ForumCategory update(ForumCategory category, @Nullable String name, @Nullable String description,
                                @Nullable Integer position) throws ForumService.Invalid {
        ForumCategory updated = new ForumCategory(category.id(), category.slug(),
                name == null ? category.name() : name(name),
                description == null ? category.description() : description(description),
                category.position(), category.createdAt());
        categories.update(updated);
        if (position != null) {
            reorder(updated, position);
        }
        return categories.findById(category.id()).orElseThrow();
    }

    /** Deletes a category; its threads stay in the forum without one. */
    @Transactional
    public void delete(ForumCategory category) throws ForumService.Invalid {
        if (KEPT.contains(category.slug())) {
            throw new ForumService.Invalid("the " + category.slug() + " category is kept: the forum files threads "
                    + "there");
        }
        categories.delete(category);
    }

    /** Moves a category to {@code position} (0 first) and renumbers the rest. */
    private void reorder(ForumCategory moved, int position) throws ForumService.Invalid {
        List<ForumCategory> order = new ArrayList<>(categories.listed());
        if (position < 0 || position >= order.size()) {
            throw new ForumService.Invalid("position must be from 0 to " + (order.size() - 1));
        }
        order.removeIf(category -> category.id().equals(moved.id()));
        order.add(position, moved);
        for (int i = 0; i < order.size(); i++) {
            ForumCategory category = order.get(i);
            if (category.position() != i || category.id().equals(moved.id())) {
                categories.update(new ForumCategory(category.id(), category.slug(), category.name(),
                        category.description(), i, category.createdAt()));
            }
        }
    }

    private static String slug(@Nullable String slug) throws ForumService.Invalid {
        String value = slug == null ? "" : slug.strip();
        if (!SLUG.matcher(value).matches()) {
            throw new ForumService.Invalid("slug: lower-case letters, digits and -, up to 40, starting with a "
                    + "letter or digit");
        }
        if (RESERVED.contains(value)) {
            throw new ForumService.Invalid("slug: " + value + " is one of the forum's own pages");
        }
        return value;
    }

    private static String name(@Nullable String name) throws ForumService.Invalid {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > MAX_NAME) {
            throw new ForumService.Invalid("name: 1 to " + MAX_NAME + " characters");
        }
        return value;
    }

    private static String description(@Nullable String description) throws ForumService.Invalid {
        String value = description == null ? "" : description.strip();
        if (value.length() > MAX_DESCRIPTION) {
            throw new ForumService.Invalid("description: up to " + MAX_DESCRIPTION + " characters");
        }
        return value;
    }
}
