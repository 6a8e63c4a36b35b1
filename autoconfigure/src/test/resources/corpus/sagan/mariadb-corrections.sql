-- Corrections of the real drifts of the schema Sagan's MySQL migrations build, as a V8
-- migration its maintainers would write, run after the shipped schema. One statement per
-- finding. On a database with rows, each NOT NULL would follow an update of the nulls to
-- the value the application writes, and each foreign key a clean-up of the dangling ids.

-- NARROWER_COLUMN member_profile.bio: MemberProfile.bio is a long text
alter table member_profile modify column bio longtext;
-- NARROWER_COLUMN member_profile.video_embeds: MemberProfile.videoEmbeds is a long text
alter table member_profile modify column video_embeds longtext;
-- NULLABLE_PRIMITIVE_COLUMN member_profile.hidden: MemberProfile.hidden is a boolean
alter table member_profile modify column hidden boolean not null default false;
-- NULLABLE_PRIMITIVE_COLUMN project.featured: the display's featured is a boolean
alter table project modify column featured boolean not null default false;
-- NULLABLE_PRIMITIVE_COLUMN project_release.is_current: Release.isCurrent is a boolean
alter table project_release modify column is_current boolean not null default false;
-- NULLABILITY_MISMATCH project_release.version: Release.version is optional
alter table project_release modify column version varchar(64) null;
-- NULLABILITY_MISMATCH project_release.project_id: Release.project is an optional @ManyToOne
alter table project_release modify column project_id varchar(128) null;
-- NULLABILITY_MISMATCH project_sample.title: ProjectSample.title is optional
alter table project_sample modify column title varchar(255) null;
-- NULLABILITY_MISMATCH project_sample.description: ProjectSample.description is optional
alter table project_sample modify column description varchar(255) null;
-- NULLABILITY_MISMATCH project_sample.url: ProjectSample.url is optional
alter table project_sample modify column url varchar(255) null;
-- NULLABILITY_MISMATCH project_sample.project_id: ProjectSample.project is an optional @ManyToOne
alter table project_sample modify column project_id varchar(128) null;
-- NULLABILITY_MISMATCH project_generation.name: ProjectGeneration.name is optional
alter table project_generation modify column name varchar(64) null;
-- NULLABILITY_MISMATCH project_generation.initial_release_date: optional in the entity
alter table project_generation modify column initial_release_date date null;
-- NULLABILITY_MISMATCH project_generation.project_id: ProjectGeneration.project is an optional @ManyToOne
alter table project_generation modify column project_id varchar(128) null;
-- MISSING_FOREIGN_KEY post_public_slug_aliases.post_id: the element collection Post.publicSlugAliases
alter table post_public_slug_aliases add constraint fk_post_public_slug_aliases_post foreign key (post_id) references post (id);
-- MISSING_FOREIGN_KEY project.parent_project_id: Project.parentProject
alter table project add constraint fk_project_parent_project foreign key (parent_project_id) references project (id);
-- MISSING_FOREIGN_KEY project_release.project_id: Release.project
alter table project_release add constraint fk_project_release_project foreign key (project_id) references project (id);
-- MISSING_FOREIGN_KEY project_sample.project_id: ProjectSample.project
alter table project_sample add constraint fk_project_sample_project foreign key (project_id) references project (id);
-- MISSING_FOREIGN_KEY project_generation.project_id: ProjectGeneration.project
alter table project_generation add constraint fk_project_generation_project foreign key (project_id) references project (id);
-- MISSING_FOREIGN_KEY spring_tools_platform_downloads.spring_tools_platform_id: the element collection of downloads
alter table spring_tools_platform_downloads add constraint fk_spring_tools_platform_downloads_platform foreign key (spring_tools_platform_id) references spring_tools_platform (id);
