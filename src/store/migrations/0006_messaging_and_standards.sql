CREATE TABLE "consent_events" (
	"firm_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "consent_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"candidate_id" uuid,
	"contact_id" uuid,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"notice_version" text,
	"by_user_id" uuid,
	"message_id" uuid,
	"note" text,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "consent_events_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "message_templates" (
	"firm_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"audience" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "message_templates_firm_id_key_pk" PRIMARY KEY("firm_id","key")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"direction" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"candidate_id" uuid,
	"client_id" uuid,
	"contact_id" uuid,
	"user_id" uuid,
	"to_address" text NOT NULL,
	"from_address" text,
	"subject" text,
	"body" text NOT NULL,
	"template_key" text,
	"topic" text,
	"job_order_id" uuid,
	"submission_id" uuid,
	"placement_id" uuid,
	"sent_by" uuid,
	"guard_warnings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"override_reason" text,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"message_id" text,
	"in_reply_to" text,
	"reply_to_message_id" uuid,
	"provider_id" text,
	"unsubscribe_token_hash" text,
	"touchpoint_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"received_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "messages_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "status_update_rules" (
	"firm_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"mode" text NOT NULL,
	"template_key" text NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "status_update_rules_firm_id_stage_pk" PRIMARY KEY("firm_id","stage")
);
--> statement-breakpoint
CREATE TABLE "branch_calendars" (
	"firm_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"week" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "branch_calendars_firm_id_branch_id_pk" PRIMARY KEY("firm_id","branch_id")
);
--> statement-breakpoint
CREATE TABLE "branch_holidays" (
	"firm_id" uuid NOT NULL,
	"branch_id" uuid NOT NULL,
	"day" date NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "branch_holidays_firm_id_branch_id_day_pk" PRIMARY KEY("firm_id","branch_id","day")
);
--> statement-breakpoint
CREATE TABLE "digest_runs" (
	"firm_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"day" date NOT NULL,
	"message_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_runs_firm_id_user_id_day_pk" PRIMARY KEY("firm_id","user_id","day")
);
--> statement-breakpoint
CREATE TABLE "service_standards" (
	"firm_id" uuid NOT NULL,
	"key" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"amount" integer NOT NULL,
	"unit" text NOT NULL,
	"escalate_after_amount" integer,
	"escalate_after_unit" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_standards_firm_id_key_pk" PRIMARY KEY("firm_id","key")
);
--> statement-breakpoint
CREATE TABLE "standard_escalations" (
	"firm_id" uuid NOT NULL,
	"standard_key" text NOT NULL,
	"item_key" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"escalated_at" timestamp with time zone NOT NULL,
	"owner_id" uuid,
	"manager_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "standard_escalations_firm_id_standard_key_item_key_due_at_pk" PRIMARY KEY("firm_id","standard_key","item_key","due_at")
);
--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consent_events" ADD CONSTRAINT "consent_events_firm_id_contact_id_contacts_firm_id_id_fk" FOREIGN KEY ("firm_id","contact_id") REFERENCES "public"."contacts"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_client_id_clients_firm_id_id_fk" FOREIGN KEY ("firm_id","client_id") REFERENCES "public"."clients"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_contact_id_contacts_firm_id_id_fk" FOREIGN KEY ("firm_id","contact_id") REFERENCES "public"."contacts"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_user_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","user_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_sent_by_users_firm_id_id_fk" FOREIGN KEY ("firm_id","sent_by") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_job_order_id_job_orders_firm_id_id_fk" FOREIGN KEY ("firm_id","job_order_id") REFERENCES "public"."job_orders"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_submission_id_submissions_firm_id_id_fk" FOREIGN KEY ("firm_id","submission_id") REFERENCES "public"."submissions"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_firm_id_placement_id_placements_firm_id_id_fk" FOREIGN KEY ("firm_id","placement_id") REFERENCES "public"."placements"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branch_calendars" ADD CONSTRAINT "branch_calendars_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branch_holidays" ADD CONSTRAINT "branch_holidays_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_firm_id_user_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","user_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "standard_escalations" ADD CONSTRAINT "standard_escalations_firm_id_owner_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consent_events_candidate_idx" ON "consent_events" USING btree ("firm_id","candidate_id","channel","id");--> statement-breakpoint
CREATE INDEX "consent_events_contact_idx" ON "consent_events" USING btree ("firm_id","contact_id","channel","id");--> statement-breakpoint
CREATE INDEX "messages_status_idx" ON "messages" USING btree ("firm_id","status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "messages_due_idx" ON "messages" USING btree ("next_attempt_at") WHERE "messages"."status" in ('queued', 'retrying');--> statement-breakpoint
CREATE INDEX "messages_candidate_idx" ON "messages" USING btree ("firm_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_client_idx" ON "messages" USING btree ("firm_id","client_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_contact_idx" ON "messages" USING btree ("firm_id","contact_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_user_idx" ON "messages" USING btree ("firm_id","user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_message_id_uq" ON "messages" USING btree ("firm_id","direction","message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_unsubscribe_uq" ON "messages" USING btree ("unsubscribe_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_status_update_uq" ON "messages" USING btree ("firm_id","submission_id","topic") WHERE "messages"."kind" = 'status_update';