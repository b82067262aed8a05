CREATE TABLE "candidates" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"owner_id" uuid,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"headline" text,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"address_line" text,
	"city" text,
	"region" text,
	"postcode" text,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"education" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"certifications" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"desired_job_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"desired_pay" numeric(12, 2),
	"desired_pay_unit" text,
	"available_from" date,
	"source" text,
	"source_detail" text,
	"status" text DEFAULT 'new' NOT NULL,
	"resume_text" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "candidates_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "employment_history" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"employer" text NOT NULL,
	"title" text NOT NULL,
	"start_date" date,
	"end_date" date,
	"duties" text,
	"pay_rate" numeric(12, 2),
	"pay_unit" text,
	"reason_for_leaving" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "employment_history_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "clients" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"owner_id" uuid,
	"name" text NOT NULL,
	"status" text DEFAULT 'prospect' NOT NULL,
	"industry" text,
	"website" text,
	"phone" text,
	"address_line" text,
	"city" text,
	"region" text,
	"postcode" text,
	"source" text,
	"source_detail" text,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "clients_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"first_name" text NOT NULL,
	"last_name" text NOT NULL,
	"title" text,
	"role" text DEFAULT 'hiring_manager' NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contacts_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"firm_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"user_id" uuid,
	"action" text NOT NULL,
	"target_type" text,
	"target_id" text,
	"ip" text,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "branches" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"city" text,
	"timezone" text DEFAULT 'America/New_York' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "branches_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "firms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"timezone" text DEFAULT 'America/New_York' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "firms_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"firm_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"branch_id" uuid NOT NULL,
	"email" text NOT NULL,
	"email_normalized" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"failed_logins" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"last_login_at" timestamp with time zone,
	"signature" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "users_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "job_orders" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"client_id" uuid NOT NULL,
	"contact_id" uuid,
	"branch_id" uuid NOT NULL,
	"owner_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"category" text,
	"type" text NOT NULL,
	"openings" integer DEFAULT 1 NOT NULL,
	"pay_rate" numeric(12, 2),
	"bill_rate" numeric(12, 2),
	"rate_unit" text DEFAULT 'hour' NOT NULL,
	"start_date" date,
	"end_date" date,
	"shift" text,
	"location_line" text,
	"city" text,
	"postcode" text,
	"required_skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "job_orders_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "job_orders_openings_ck" CHECK ("job_orders"."openings" between 1 and 10000)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"name" text NOT NULL,
	"score" numeric(8, 2),
	"max_score" numeric(8, 2),
	"passed" boolean,
	"taken_on" date NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "check_ins" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"kind" text NOT NULL,
	"satisfaction" integer,
	"notes" text,
	"by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "check_ins_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "interviews" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"submission_id" uuid,
	"kind" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"interviewer" text,
	"interviewer_user_id" uuid,
	"outcome" text DEFAULT 'scheduled' NOT NULL,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "interviews_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "placements" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"job_order_id" uuid NOT NULL,
	"client_id" uuid NOT NULL,
	"submission_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"ended_on" date,
	"pay_rate" numeric(12, 2),
	"bill_rate" numeric(12, 2),
	"rate_unit" text DEFAULT 'hour' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"end_reason" text,
	"end_notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "placements_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"job_order_id" uuid NOT NULL,
	"candidate_id" uuid NOT NULL,
	"status" text DEFAULT 'shortlisted' NOT NULL,
	"submitted_at" timestamp with time zone,
	"notes" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "submissions_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "search_terms" (
	"firm_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"term" text NOT NULL,
	CONSTRAINT "search_terms_firm_id_entity_type_entity_id_kind_term_pk" PRIMARY KEY("firm_id","entity_type","entity_id","kind","term")
);
--> statement-breakpoint
CREATE TABLE "touchpoints" (
	"firm_id" uuid NOT NULL,
	"id" bigint GENERATED ALWAYS AS IDENTITY (sequence name "touchpoints_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"subject_type" text NOT NULL,
	"candidate_id" uuid,
	"client_id" uuid,
	"contact_id" uuid,
	"activity" text NOT NULL,
	"channel" text NOT NULL,
	"direction" text,
	"actor_type" text NOT NULL,
	"actor_user_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"job_order_id" uuid,
	"submission_id" uuid,
	"placement_id" uuid,
	"summary" text,
	"outcome" text,
	"voids_id" bigint,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "touchpoints_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "touchpoints_subject_ck" CHECK (("touchpoints"."subject_type" = 'candidate' and "touchpoints"."candidate_id" is not null and "touchpoints"."client_id" is null)
        or ("touchpoints"."subject_type" = 'client' and "touchpoints"."client_id" is not null and "touchpoints"."candidate_id" is null))
);
--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidates" ADD CONSTRAINT "candidates_firm_id_owner_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employment_history" ADD CONSTRAINT "employment_history_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clients" ADD CONSTRAINT "clients_firm_id_owner_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_firm_id_client_id_clients_firm_id_id_fk" FOREIGN KEY ("firm_id","client_id") REFERENCES "public"."clients"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "branches" ADD CONSTRAINT "branches_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_firm_id_user_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","user_id") REFERENCES "public"."users"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_firm_id_client_id_clients_firm_id_id_fk" FOREIGN KEY ("firm_id","client_id") REFERENCES "public"."clients"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_firm_id_contact_id_contacts_firm_id_id_fk" FOREIGN KEY ("firm_id","contact_id") REFERENCES "public"."contacts"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_firm_id_branch_id_branches_firm_id_id_fk" FOREIGN KEY ("firm_id","branch_id") REFERENCES "public"."branches"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_firm_id_owner_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_firm_id_placement_id_placements_firm_id_id_fk" FOREIGN KEY ("firm_id","placement_id") REFERENCES "public"."placements"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_firm_id_submission_id_submissions_firm_id_id_fk" FOREIGN KEY ("firm_id","submission_id") REFERENCES "public"."submissions"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interviews" ADD CONSTRAINT "interviews_firm_id_interviewer_user_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","interviewer_user_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_firm_id_job_order_id_job_orders_firm_id_id_fk" FOREIGN KEY ("firm_id","job_order_id") REFERENCES "public"."job_orders"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_firm_id_client_id_clients_firm_id_id_fk" FOREIGN KEY ("firm_id","client_id") REFERENCES "public"."clients"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "placements" ADD CONSTRAINT "placements_firm_id_submission_id_submissions_firm_id_id_fk" FOREIGN KEY ("firm_id","submission_id") REFERENCES "public"."submissions"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_firm_id_job_order_id_job_orders_firm_id_id_fk" FOREIGN KEY ("firm_id","job_order_id") REFERENCES "public"."job_orders"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_firm_id_created_by_users_firm_id_id_fk" FOREIGN KEY ("firm_id","created_by") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_client_id_clients_firm_id_id_fk" FOREIGN KEY ("firm_id","client_id") REFERENCES "public"."clients"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_contact_id_contacts_firm_id_id_fk" FOREIGN KEY ("firm_id","contact_id") REFERENCES "public"."contacts"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_actor_user_id_users_firm_id_id_fk" FOREIGN KEY ("firm_id","actor_user_id") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_job_order_id_job_orders_firm_id_id_fk" FOREIGN KEY ("firm_id","job_order_id") REFERENCES "public"."job_orders"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_submission_id_submissions_firm_id_id_fk" FOREIGN KEY ("firm_id","submission_id") REFERENCES "public"."submissions"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_placement_id_placements_firm_id_id_fk" FOREIGN KEY ("firm_id","placement_id") REFERENCES "public"."placements"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD CONSTRAINT "touchpoints_firm_id_voids_id_touchpoints_firm_id_id_fk" FOREIGN KEY ("firm_id","voids_id") REFERENCES "public"."touchpoints"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "candidates_name_idx" ON "candidates" USING btree ("firm_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "candidates_updated_idx" ON "candidates" USING btree ("firm_id","updated_at");--> statement-breakpoint
CREATE INDEX "candidates_owner_idx" ON "candidates" USING btree ("firm_id","owner_id");--> statement-breakpoint
CREATE INDEX "employment_history_candidate_idx" ON "employment_history" USING btree ("firm_id","candidate_id");--> statement-breakpoint
CREATE INDEX "clients_name_idx" ON "clients" USING btree ("firm_id","name");--> statement-breakpoint
CREATE INDEX "contacts_client_idx" ON "contacts" USING btree ("firm_id","client_id");--> statement-breakpoint
CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("firm_id","last_name","first_name");--> statement-breakpoint
CREATE INDEX "audit_events_firm_at_idx" ON "audit_events" USING btree ("firm_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "branches_name_uq" ON "branches" USING btree ("firm_id",lower("name"));--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("firm_id","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_uq" ON "users" USING btree ("email_normalized");--> statement-breakpoint
CREATE INDEX "job_orders_client_idx" ON "job_orders" USING btree ("firm_id","client_id");--> statement-breakpoint
CREATE INDEX "job_orders_status_idx" ON "job_orders" USING btree ("firm_id","status","created_at");--> statement-breakpoint
CREATE INDEX "assessments_candidate_idx" ON "assessments" USING btree ("firm_id","candidate_id");--> statement-breakpoint
CREATE INDEX "check_ins_placement_idx" ON "check_ins" USING btree ("firm_id","placement_id");--> statement-breakpoint
CREATE INDEX "interviews_candidate_idx" ON "interviews" USING btree ("firm_id","candidate_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_submission_uq" ON "placements" USING btree ("firm_id","submission_id");--> statement-breakpoint
CREATE INDEX "placements_candidate_idx" ON "placements" USING btree ("firm_id","candidate_id");--> statement-breakpoint
CREATE INDEX "placements_job_order_idx" ON "placements" USING btree ("firm_id","job_order_id");--> statement-breakpoint
CREATE INDEX "placements_client_idx" ON "placements" USING btree ("firm_id","client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_order_candidate_uq" ON "submissions" USING btree ("firm_id","job_order_id","candidate_id");--> statement-breakpoint
CREATE INDEX "submissions_candidate_idx" ON "submissions" USING btree ("firm_id","candidate_id");--> statement-breakpoint
CREATE INDEX "search_terms_trgm_idx" ON "search_terms" USING gin ("term" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "search_terms_exact_idx" ON "search_terms" USING btree ("firm_id","kind","term");--> statement-breakpoint
CREATE INDEX "search_terms_entity_idx" ON "search_terms" USING btree ("firm_id","entity_id");--> statement-breakpoint
CREATE INDEX "touchpoints_candidate_idx" ON "touchpoints" USING btree ("firm_id","candidate_id","occurred_at");--> statement-breakpoint
CREATE INDEX "touchpoints_client_idx" ON "touchpoints" USING btree ("firm_id","client_id","occurred_at");--> statement-breakpoint
CREATE INDEX "touchpoints_contact_idx" ON "touchpoints" USING btree ("firm_id","contact_id","occurred_at");--> statement-breakpoint
CREATE INDEX "touchpoints_occurred_idx" ON "touchpoints" USING btree ("firm_id","subject_type","occurred_at");