package workspace

import "encoding/json"

// AttributeType is Attio's name for the kind of value an attribute holds, as its API writes it
// in `type` and `attribute_type`.
type AttributeType string

// The attribute types Attio has.
const (
	TypeText            AttributeType = "text"
	TypeNumber          AttributeType = "number"
	TypeCheckbox        AttributeType = "checkbox"
	TypeCurrency        AttributeType = "currency"
	TypeDate            AttributeType = "date"
	TypeTimestamp       AttributeType = "timestamp"
	TypeRating          AttributeType = "rating"
	TypeStatus          AttributeType = "status"
	TypeSelect          AttributeType = "select"
	TypeRecordReference AttributeType = "record-reference"
	TypeActorReference  AttributeType = "actor-reference"
	TypeLocation        AttributeType = "location"
	TypeDomain          AttributeType = "domain"
	TypeEmailAddress    AttributeType = "email-address"
	TypePhoneNumber     AttributeType = "phone-number"
	TypeInteraction     AttributeType = "interaction"
	TypePersonalName    AttributeType = "personal-name"
)

var knownTypes = map[AttributeType]bool{
	TypeText: true, TypeNumber: true, TypeCheckbox: true, TypeCurrency: true, TypeDate: true,
	TypeTimestamp: true, TypeRating: true, TypeStatus: true, TypeSelect: true,
	TypeRecordReference: true, TypeActorReference: true, TypeLocation: true, TypeDomain: true,
	TypeEmailAddress: true, TypePhoneNumber: true, TypeInteraction: true, TypePersonalName: true,
}

// Info identifies the workspace.
type Info struct {
	ID        string    `json:"id"`
	Name      string    `json:"name"`
	Slug      string    `json:"slug"`
	CreatedAt Timestamp `json:"created_at"`
}

// Object is a kind of record (people, companies, deals or a custom object) with its attributes
// in display order.
type Object struct {
	ID         string      `json:"id"`
	Slug       string      `json:"api_slug"`
	Singular   string      `json:"singular_noun"`
	Plural     string      `json:"plural_noun"`
	CreatedAt  Timestamp   `json:"created_at"`
	Attributes []Attribute `json:"attributes"`
}

// Attribute finds an attribute by slug or id.
func (o *Object) Attribute(slugOrID string) (*Attribute, bool) {
	for i := range o.Attributes {
		if a := &o.Attributes[i]; a.Slug == slugOrID || a.ID == slugOrID {
			return a, true
		}
	}
	return nil, false
}

// Attribute is one field of an object.
type Attribute struct {
	ID            string        `json:"id"`
	Slug          string        `json:"api_slug"`
	Title         string        `json:"title"`
	Description   string        `json:"description,omitempty"`
	Type          AttributeType `json:"type"`
	IsMultiselect bool          `json:"is_multiselect"`
	IsUnique      bool          `json:"is_unique"`
	IsRequired    bool          `json:"is_required"`
	IsWritable    bool          `json:"is_writable"`
	IsSystem      bool          `json:"is_system_attribute"`
	IsArchived    bool          `json:"is_archived"`
	// Options are the choices of a select, or the statuses of a status attribute.
	Options []Option `json:"options,omitempty"`
	// TargetObject is the slug of the object a record reference points at.
	TargetObject string `json:"target_object,omitempty"`
	// Inverse is the slug of the attribute on TargetObject that points back; writes keep both
	// sides in step.
	Inverse string `json:"inverse,omitempty"`
	// CurrencyCode is the ISO 4217 code a currency value gets when the write does not say.
	CurrencyCode string    `json:"currency_code,omitempty"`
	CreatedAt    Timestamp `json:"created_at"`
}

// Option finds a select option or status by title (case-insensitively) or id.
func (a *Attribute) Option(titleOrID string) (*Option, bool) {
	for i := range a.Options {
		if o := &a.Options[i]; o.ID == titleOrID || equalFold(o.Title, titleOrID) {
			return o, true
		}
	}
	return nil, false
}

// Option is a choice of a select attribute or a status of a status attribute.
type Option struct {
	ID                 string `json:"id"`
	Title              string `json:"title"`
	IsArchived         bool   `json:"is_archived"`
	CelebrationEnabled bool   `json:"celebration_enabled,omitempty"`
}

// Actor says who wrote a value: a workspace member, the system, an API token, an app, ...
// ID is empty for the system.
type Actor struct {
	Type string
	ID   string
}

// System is the actor of values the workspace writes itself.
var System = Actor{Type: "system"}

type actorJSON struct {
	Type string  `json:"type"`
	ID   *string `json:"id"`
}

// MarshalJSON writes Attio's `{"type": ..., "id": ...}` with a null id for the system.
func (a Actor) MarshalJSON() ([]byte, error) {
	out := actorJSON{Type: a.Type}
	if a.ID != "" {
		out.ID = &a.ID
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads Attio's actor shape.
func (a *Actor) UnmarshalJSON(raw []byte) error {
	var in actorJSON
	if err := json.Unmarshal(raw, &in); err != nil {
		return err
	}
	a.Type = in.Type
	a.ID = ""
	if in.ID != nil {
		a.ID = *in.ID
	}
	return nil
}

// Member is a workspace member: a user of the workspace.
type Member struct {
	ID          string    `json:"id"`
	FirstName   string    `json:"first_name"`
	LastName    string    `json:"last_name"`
	Email       string    `json:"email_address"`
	AvatarURL   string    `json:"avatar_url,omitempty"`
	AccessLevel string    `json:"access_level"`
	CreatedAt   Timestamp `json:"created_at"`
}

// FullName is "First Last".
func (m Member) FullName() string {
	if m.LastName == "" {
		return m.FirstName
	}
	return m.FirstName + " " + m.LastName
}

// Actor is the member as the writer of a value.
func (m Member) Actor() Actor { return Actor{Type: "workspace-member", ID: m.ID} }
