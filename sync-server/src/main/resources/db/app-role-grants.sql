-- What the application role may do, applied by the owner after every migration run.
-- ${role} is the application role's name, quoted by the server.
grant usage on schema public to ${role};
grant select, insert, update, delete on all tables in schema public to ${role};
grant usage, select on all sequences in schema public to ${role};
revoke all on flyway_schema_history from ${role};
revoke all on user_email_directory from ${role};
revoke update, delete, truncate on audit_log from ${role};
revoke update, delete, truncate on ai_call from ${role};
revoke update, delete, truncate on invoice_document from ${role};
revoke update, delete, truncate on invoice_payment from ${role};
-- Ask Bobbin conversation entries are never edited (a trigger also limits deletes to the purge).
revoke update, truncate on ask_conversation from ${role};
grant execute on function bobbin_org_of_email(text) to ${role};
grant execute on function bobbin_is_bootstrapped() to ${role};
grant execute on function bobbin_orgs_with_due_invoice_emails() to ${role}
