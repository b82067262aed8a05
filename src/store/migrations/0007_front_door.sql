CREATE TABLE "candidate_access_links" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"last_used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_access_links_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
CREATE TABLE "candidate_documents" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"candidate_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"text_status" text NOT NULL,
	"text_content" text,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "candidate_documents_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "candidate_documents_size_ck" CHECK ("candidate_documents"."size_bytes" >= 0)
);
--> statement-breakpoint
CREATE TABLE "public_posts" (
	"firm_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"outcome" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_posts_firm_id_kind_key_pk" PRIMARY KEY("firm_id","kind","key")
);
--> statement-breakpoint
CREATE TABLE "stage_resources" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"stage" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"body" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "stage_resources_firm_id_id_pk" PRIMARY KEY("firm_id","id")
);
--> statement-breakpoint
ALTER TABLE "candidates" ADD COLUMN "attribution" jsonb;--> statement-breakpoint
ALTER TABLE "clients" ADD COLUMN "attribution" jsonb;--> statement-breakpoint
ALTER TABLE "job_orders" ADD COLUMN "request" jsonb;--> statement-breakpoint
ALTER TABLE "candidate_access_links" ADD CONSTRAINT "candidate_access_links_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_documents" ADD CONSTRAINT "candidate_documents_firm_id_candidate_id_candidates_firm_id_id_fk" FOREIGN KEY ("firm_id","candidate_id") REFERENCES "public"."candidates"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidate_documents" ADD CONSTRAINT "candidate_documents_firm_id_uploaded_by_users_firm_id_id_fk" FOREIGN KEY ("firm_id","uploaded_by") REFERENCES "public"."users"("firm_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "candidate_access_links_token_idx" ON "candidate_access_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "candidate_access_links_candidate_idx" ON "candidate_access_links" USING btree ("firm_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "candidate_documents_candidate_idx" ON "candidate_documents" USING btree ("firm_id","candidate_id","created_at");--> statement-breakpoint
CREATE INDEX "stage_resources_stage_idx" ON "stage_resources" USING btree ("firm_id","stage","position");