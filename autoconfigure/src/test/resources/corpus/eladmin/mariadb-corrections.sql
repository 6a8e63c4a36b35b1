-- Corrections of the real drifts of eladmin's MariaDB schema dump, as a migration its
-- maintainers would write, run after the shipped schema. One statement per finding. On a
-- database with rows, each NOT NULL would follow an update of the nulls to the value the
-- application writes, and each foreign key a clean-up of the dangling ids.

-- NULLABILITY_MISMATCH mnt_database.name: Database.name is optional in the entity
alter table mnt_database modify column name varchar(255) null;
-- NULLABILITY_MISMATCH mnt_database.jdbc_url: Database.jdbcUrl is optional in the entity
alter table mnt_database modify column jdbc_url varchar(255) null;
-- NULLABILITY_MISMATCH mnt_database.user_name: Database.userName is optional in the entity
alter table mnt_database modify column user_name varchar(255) null;
-- NULLABILITY_MISMATCH mnt_database.pwd: Database.pwd is optional in the entity
alter table mnt_database modify column pwd varchar(255) null;
-- NULLABILITY_MISMATCH mnt_deploy_history.app_name: DeployHistory.appName is optional
alter table mnt_deploy_history modify column app_name varchar(255) null;
-- NULLABILITY_MISMATCH mnt_deploy_history.deploy_user: DeployHistory.deployUser is optional
alter table mnt_deploy_history modify column deploy_user varchar(50) null;
-- NULLABILITY_MISMATCH mnt_deploy_history.ip: DeployHistory.ip is optional
alter table mnt_deploy_history modify column ip varchar(20) null;
-- NULLABILITY_MISMATCH sys_dict_detail.label: DictDetail.label is optional
alter table sys_dict_detail modify column label varchar(255) null;
-- NULLABILITY_MISMATCH sys_dict_detail.value: DictDetail.value is optional
alter table sys_dict_detail modify column value varchar(255) null;
-- NULLABILITY_MISMATCH sys_log.log_type: SysLog.logType is optional
alter table sys_log modify column log_type varchar(10) null;
-- NULLABILITY_MISMATCH tool_s3_storage.create_by: the auditor, optional as in every table
alter table tool_s3_storage modify column create_by varchar(255) null;
-- NULLABILITY_MISMATCH tool_s3_storage.update_by: the auditor, optional as in every table
alter table tool_s3_storage modify column update_by varchar(255) null;
-- NULLABLE_PRIMITIVE_COLUMN mnt_app.port: App.port is an int
alter table mnt_app modify column port int(255) not null;
-- NARROWER_COLUMN sys_job.job_sort: Job.jobSort is a Long
alter table sys_job modify column job_sort bigint(20) default null;
-- MISSING_FOREIGN_KEY mnt_deploy.app_id: Deploy.app
alter table mnt_deploy add constraint fk_deploy_app foreign key (app_id) references mnt_app (app_id);
-- MISSING_FOREIGN_KEY mnt_deploy_server.deploy_id: Deploy.deploys, join table
alter table mnt_deploy_server add constraint fk_deploy_server_deploy foreign key (deploy_id) references mnt_deploy (deploy_id);
-- MISSING_FOREIGN_KEY mnt_deploy_server.server_id: Deploy.deploys, join table
alter table mnt_deploy_server add constraint fk_deploy_server_server foreign key (server_id) references mnt_server (server_id);
-- MISSING_FOREIGN_KEY sys_dict_detail.dict_id: DictDetail.dict
alter table sys_dict_detail add constraint fk_dict_detail_dict foreign key (dict_id) references sys_dict (dict_id);
-- MISSING_FOREIGN_KEY sys_roles_depts.role_id: Role.depts, join table
alter table sys_roles_depts add constraint fk_roles_depts_role foreign key (role_id) references sys_role (role_id);
-- MISSING_FOREIGN_KEY sys_roles_depts.dept_id: Role.depts, join table
alter table sys_roles_depts add constraint fk_roles_depts_dept foreign key (dept_id) references sys_dept (dept_id);
-- MISSING_FOREIGN_KEY sys_roles_menus.role_id: Role.menus, join table
alter table sys_roles_menus add constraint fk_roles_menus_role foreign key (role_id) references sys_role (role_id);
-- MISSING_FOREIGN_KEY sys_roles_menus.menu_id: Role.menus, join table
alter table sys_roles_menus add constraint fk_roles_menus_menu foreign key (menu_id) references sys_menu (menu_id);
-- MISSING_FOREIGN_KEY sys_user.dept_id: User.dept
alter table sys_user add constraint fk_user_dept foreign key (dept_id) references sys_dept (dept_id);
-- MISSING_FOREIGN_KEY sys_users_jobs.user_id: User.jobs, join table
alter table sys_users_jobs add constraint fk_users_jobs_user foreign key (user_id) references sys_user (user_id);
-- MISSING_FOREIGN_KEY sys_users_jobs.job_id: User.jobs, join table
alter table sys_users_jobs add constraint fk_users_jobs_job foreign key (job_id) references sys_job (job_id);
-- MISSING_FOREIGN_KEY sys_users_roles.user_id: User.roles, join table
alter table sys_users_roles add constraint fk_users_roles_user foreign key (user_id) references sys_user (user_id);
-- MISSING_FOREIGN_KEY sys_users_roles.role_id: User.roles, join table
alter table sys_users_roles add constraint fk_users_roles_role foreign key (role_id) references sys_role (role_id);
