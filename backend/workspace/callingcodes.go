package workspace

// callingCodes maps country calling codes to ISO 3166 alpha-2 countries. Where several
// countries share a code, the first listed is the one a bare number is assumed to belong to
// (the United States for +1): telling them apart needs numbering-plan data the studio does not
// carry.
var callingCodes = []struct {
	code      string
	countries []string
}{
	{"1", []string{"US", "CA", "PR", "JM", "BS", "BB", "TT", "DO"}},
	{"7", []string{"RU", "KZ"}},
	{"20", []string{"EG"}}, {"27", []string{"ZA"}}, {"30", []string{"GR"}},
	{"31", []string{"NL"}}, {"32", []string{"BE"}}, {"33", []string{"FR", "MC"}},
	{"34", []string{"ES"}}, {"36", []string{"HU"}}, {"39", []string{"IT", "VA"}},
	{"40", []string{"RO"}}, {"41", []string{"CH"}}, {"43", []string{"AT"}},
	{"44", []string{"GB", "GG", "JE", "IM"}}, {"45", []string{"DK"}}, {"46", []string{"SE"}},
	{"47", []string{"NO"}}, {"48", []string{"PL"}}, {"49", []string{"DE"}},
	{"51", []string{"PE"}}, {"52", []string{"MX"}}, {"53", []string{"CU"}},
	{"54", []string{"AR"}}, {"55", []string{"BR"}}, {"56", []string{"CL"}},
	{"57", []string{"CO"}}, {"58", []string{"VE"}}, {"60", []string{"MY"}},
	{"61", []string{"AU"}}, {"62", []string{"ID"}}, {"63", []string{"PH"}},
	{"64", []string{"NZ"}}, {"65", []string{"SG"}}, {"66", []string{"TH"}},
	{"81", []string{"JP"}}, {"82", []string{"KR"}}, {"84", []string{"VN"}},
	{"86", []string{"CN"}}, {"90", []string{"TR"}}, {"91", []string{"IN"}},
	{"92", []string{"PK"}}, {"93", []string{"AF"}}, {"94", []string{"LK"}},
	{"95", []string{"MM"}}, {"98", []string{"IR"}},
	{"211", []string{"SS"}}, {"212", []string{"MA"}}, {"213", []string{"DZ"}},
	{"216", []string{"TN"}}, {"218", []string{"LY"}}, {"220", []string{"GM"}},
	{"221", []string{"SN"}}, {"225", []string{"CI"}}, {"233", []string{"GH"}},
	{"234", []string{"NG"}}, {"237", []string{"CM"}}, {"249", []string{"SD"}},
	{"250", []string{"RW"}}, {"251", []string{"ET"}}, {"254", []string{"KE"}},
	{"255", []string{"TZ"}}, {"256", []string{"UG"}}, {"260", []string{"ZM"}},
	{"263", []string{"ZW"}}, {"351", []string{"PT"}}, {"352", []string{"LU"}},
	{"353", []string{"IE"}}, {"354", []string{"IS"}}, {"355", []string{"AL"}},
	{"356", []string{"MT"}}, {"357", []string{"CY"}}, {"358", []string{"FI"}},
	{"359", []string{"BG"}}, {"370", []string{"LT"}}, {"371", []string{"LV"}},
	{"372", []string{"EE"}}, {"373", []string{"MD"}}, {"374", []string{"AM"}},
	{"375", []string{"BY"}}, {"376", []string{"AD"}}, {"377", []string{"MC"}},
	{"378", []string{"SM"}}, {"380", []string{"UA"}}, {"381", []string{"RS"}},
	{"382", []string{"ME"}}, {"385", []string{"HR"}}, {"386", []string{"SI"}},
	{"387", []string{"BA"}}, {"389", []string{"MK"}}, {"420", []string{"CZ"}},
	{"421", []string{"SK"}}, {"423", []string{"LI"}}, {"502", []string{"GT"}},
	{"503", []string{"SV"}}, {"504", []string{"HN"}}, {"505", []string{"NI"}},
	{"506", []string{"CR"}}, {"507", []string{"PA"}}, {"591", []string{"BO"}},
	{"593", []string{"EC"}}, {"595", []string{"PY"}}, {"598", []string{"UY"}},
	{"852", []string{"HK"}}, {"853", []string{"MO"}}, {"855", []string{"KH"}},
	{"856", []string{"LA"}}, {"880", []string{"BD"}}, {"886", []string{"TW"}},
	{"960", []string{"MV"}}, {"961", []string{"LB"}}, {"962", []string{"JO"}},
	{"963", []string{"SY"}}, {"964", []string{"IQ"}}, {"965", []string{"KW"}},
	{"966", []string{"SA"}}, {"967", []string{"YE"}}, {"968", []string{"OM"}},
	{"970", []string{"PS"}}, {"971", []string{"AE"}}, {"972", []string{"IL"}},
	{"973", []string{"BH"}}, {"974", []string{"QA"}}, {"975", []string{"BT"}},
	{"976", []string{"MN"}}, {"977", []string{"NP"}}, {"992", []string{"TJ"}},
	{"993", []string{"TM"}}, {"994", []string{"AZ"}}, {"995", []string{"GE"}},
	{"996", []string{"KG"}}, {"998", []string{"UZ"}},
}

var (
	countryOfCallingCode = map[string]string{}
	callingCodeOf        = map[string]string{}
)

func init() {
	for _, c := range callingCodes {
		countryOfCallingCode[c.code] = c.countries[0]
		for _, country := range c.countries {
			if _, taken := callingCodeOf[country]; !taken {
				callingCodeOf[country] = c.code
			}
		}
	}
}
