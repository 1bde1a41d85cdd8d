#!/usr/bin/env python3
"""Writes src/main/resources/auth/common-passwords.txt: the passwords people pick most often.

Written from scratch for Bobbin (no third-party list is copied): widely known weak choices, common
names and words, keyboard walks and digit runs, each also with the suffixes people add to pass a
length rule. PasswordPolicy also strips such suffixes and leetspeak before looking a password up,
so the base words carry most of the weight. Run from the sync-server folder.
"""
import itertools

WORDS = """
password passw0rd passwort motdepasse contrasena senha parola wachtwoord haslo salasana
qwerty qwertz azerty asdfgh zxcvbn qazwsx wsxedc abc abcd abcde abcdef letmein welcome
admin administrator root toor user guest login changeme default secret private access master
monkey dragon shadow sunshine princess football baseball basketball soccer hockey tennis golf
superman batman spiderman ironman starwars pokemon naruto matrix ninja pirate killer hunter
iloveyou loveyou lovely love lover babygirl baby angel angels heaven honey sweety sweetheart
trustno trustnoone whatever nothing freedom liberty justice hello hellothere goodbye thankyou
computer internet google facebook twitter instagram youtube apple samsung microsoft windows
linux ubuntu android iphone nokia sony nintendo playstation xbox minecraft fortnite roblox
cheese chocolate cookie cookies cupcake banana orange lemon cherry strawberry pepper pizza
summer winter autumn spring january february march april june july august september october
november december monday tuesday wednesday thursday friday saturday sunday weekend holiday
michael jennifer jessica ashley amanda daniel david james john robert william richard thomas
charles joseph christopher matthew anthony mark steven andrew joshua kevin brian george edward
ronald timothy jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
brandon benjamin samuel gregory alexander patrick frank raymond jack dennis jerry tyler aaron
jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian
roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy
bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell
elijah louis bobby philip johnny mary patricia linda barbara elizabeth susan sarah karen
nancy lisa betty margaret sandra donna emily michelle dorothy carol melissa deborah stephanie
rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane
virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
brittany natalie isabella charlotte rose alexis kayla charlie buddy max bella lucy daisy molly
bailey maggie sophie chloe coco lola rocky duke bear tiger lion eagle falcon wolf fox panda
dolphin butterfly rabbit kitty kitten puppy doggy horse pony unicorn phoenix dragonfly
mustang ferrari porsche mercedes bmw audi honda toyota yamaha harley corvette camaro jaguar
chelsea arsenal liverpool barcelona madrid juventus milan united city rangers celtic lakers
yankees cowboys steelers packers patriots eagles bulls warriors dallas boston chicago london
paris berlin newyork tokyo sydney toronto canada america england france germany italy spain
mexico brazil india china russia poland london123 manchester jordan23 michael23 kobe lebron
blink182 metallica nirvana beatles eminem rihanna beyonce shakira justinbieber onedirection
jesus christ god lord blessed faith hope grace church prayer amen angel1 heaven1 praise
money dollar bitcoin crypto rich million gold silver diamond platinum crystal star stars
superstar rockstar champion winner victory legend hero heroes power powerful strong warrior
soldier army navy marine police sniper rambo terminator predator alien zombie vampire ghost
magic wizard merlin gandalf hobbit frodo harrypotter hogwarts potter voldemort dumbledore
family friends friend forever together always happy smile sunshine1 rainbow flower flowers
garden nature ocean river mountain forest desert island beach paradise sunset sunrise moon
sky blue red green yellow purple black white silver1 pink brown grey gray
secret123 mypassword yourpassword newpassword oldpassword password1 letmein1 welcome1 admin1
test testing tester test123 demo sample example temp temporary guest1 user1 login1 pass
bobbin bobbins garment garments factory atelier sewing stitch thread needle fabric cotton
denim linen silk wool tailor fashion design designer studio workshop balloon balloons print
printer printing shop store company business office work worker manager boss owner staff
""".split()

SUFFIXES = [
    "", "1", "12", "123", "1234", "12345", "123456", "!", "1!", "123!", "01", "07", "11", "13",
    "21", "22", "23", "69", "77", "88", "99", "00", "007", "2000", "2010", "2015", "2020", "2021",
    "2022", "2023", "2024", "2025", "2026", "@123", "#1", "!!",
]

WALKS = [
    "qwertyuiop", "qwertyuiop123", "asdfghjkl", "asdfghjkl123", "zxcvbnm", "zxcvbnm123",
    "1qaz2wsx", "1qaz2wsx3edc", "qazwsxedc", "qazwsxedcrfv", "1q2w3e4r", "1q2w3e4r5t",
    "1q2w3e4r5t6y", "q1w2e3r4t5", "zaq12wsx", "zaq1xsw2", "!qaz2wsx", "qwerty123456",
    "qwertyqwerty", "asdasdasd", "qweqweqwe", "abc123abc", "abcd1234", "abcdefgh",
    "abcdefghij", "abcdefghijkl", "aaaaaaaaaa", "aaaaaaaa", "zzzzzzzzzz", "iloveyou123",
    "password12345", "passwordpassword", "letmeinnow", "trustno1trustno1",
]


def digit_runs():
    runs = set()
    for n in range(6, 17):
        runs.add("".join(str((i + 1) % 10) for i in range(n)))
        runs.add("".join(str((10 - i) % 10) for i in range(n)))
        for d in "0123456789":
            runs.add(d * n)
    for a, b in itertools.product("0123456789", repeat=2):
        runs.add((a + b) * 5)
    for year in range(1950, 2031):
        for month in range(1, 13):
            runs.add(f"{month:02d}{year}")
    return runs


def main():
    entries = set(WALKS) | digit_runs()
    for word in WORDS:
        for suffix in SUFFIXES:
            entries.add(word + suffix)
    with open("src/main/resources/auth/common-passwords.txt", "w", encoding="utf-8") as out:
        out.write("# Common passwords, lower case, one per line. Generated by\n")
        out.write("# sync-server/scripts/make-common-passwords.py; do not edit by hand.\n")
        for entry in sorted(entries):
            out.write(entry.lower() + "\n")


if __name__ == "__main__":
    main()
