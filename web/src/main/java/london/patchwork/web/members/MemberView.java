package london.patchwork.web.members;

import london.patchwork.web.layout.PageMeta;
import london.patchwork.web.layout.Site;
import london.patchwork.web.posts.Stream;

import java.util.List;

/**
 * A member's public page.
 *
 * @param handle         {@code @handle@domain}, what people on other servers search for to follow them
 * @param summary        their bio as plain text, or null
 * @param joined         when they joined, in words
 * @param communityRoles what they are to the hub's community, each linking to the directory filtered by it
 * @param fields         their own profile fields
 * @param avatarUrl      their avatar, or null
 * @param posts          their newest public posts
 */
public record MemberView(Site site, PageMeta meta, String name, String handle, String summary, String joined,
                         String joinedIso, List<RoleLink> communityRoles, List<Field> fields, String avatarUrl,
                         Stream posts) {

    /** A community role and the directory page that lists everyone holding it. */
    public record RoleLink(String label, String href) {
    }

    /**
     * A profile field.
     *
     * @param valueHtml escaped HTML (a web address is a link)
     */
    public record Field(String name, String valueHtml) {
    }
}
